package io.dupliwatch.security;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log of security-relevant actions. Any feature records its own (settings changed, server deleted...)
 * with {@link #record}: the actor is the signed-in user or API token of the current request ({@code system}
 * outside a request), the origin is the client address and user agent. Detail keys that look like secrets
 * (password, secret, token) are stored as {@code [REDACTED]}.
 */
@Service
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String REDACTED = "[REDACTED]";
    /** The most entries one export holds. */
    public static final int EXPORT_MAX = 10_000;

    private final AuditRepository repository;
    private final SecurityProperties properties;
    private final Clock clock;

    AuditLog(AuditRepository repository, SecurityProperties properties, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
    }

    /** Records a successful action, e.g. {@code record("server_deleted", "server:" + id, Map.of("name", name))}. */
    public void record(String action, String target, Map<String, ?> details) {
        record(currentActor(), action, target, AuditEntry.Outcome.SUCCESS, details);
    }

    /** Records an attempt that was refused or failed. */
    public void recordFailure(String action, String target, Map<String, ?> details) {
        record(currentActor(), action, target, AuditEntry.Outcome.FAILURE, details);
    }

    void record(String actor, String action, String target, AuditEntry.Outcome outcome, Map<String, ?> details) {
        HttpServletRequest request = currentRequest();
        String ip = request == null ? null : request.getRemoteAddr();
        String agent = request == null ? null : truncate(request.getHeader("User-Agent"), 300);
        repository.insert(clock.instant(), truncate(actor, 100), action, truncate(target, 300), outcome, ip, agent,
                JSON.writeValueAsString(redacted(details)));
    }

    public List<AuditEntry> find(AuditQuery query) {
        return repository.find(query);
    }

    /** Deletes entries older than the retention; hourly, so a restart never delays it by more than that. */
    @Scheduled(initialDelay = 1, fixedDelay = 60, timeUnit = TimeUnit.MINUTES)
    int purgeExpired() {
        Instant cutoff = clock.instant().minus(properties.auditRetention());
        int deleted = repository.deleteOlderThan(cutoff);
        if (deleted > 0) {
            log.info("Audit log: deleted {} entries older than {}", deleted, cutoff);
            record("system", "audit_purged", null, AuditEntry.Outcome.SUCCESS,
                    Map.of("deleted", deleted, "retentionDays", properties.auditRetention().toDays()));
        }
        return deleted;
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return authentication.getName();
        }
        return currentRequest() == null ? "system" : "anonymous";
    }

    private static HttpServletRequest currentRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
    }

    private static Map<String, Object> redacted(Map<String, ?> details) {
        Map<String, Object> safe = new LinkedHashMap<>();
        if (details != null) {
            details.forEach((key, value) -> safe.put(key, looksSecret(key) ? REDACTED : value));
        }
        return safe;
    }

    private static boolean looksSecret(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.contains("password") || k.contains("secret") || k.contains("token") || k.contains("apikey");
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
