package io.dupliwatch.security;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

/**
 * API tokens for scripts and integrations ({@code Authorization: Bearer <token>} or {@code ?token=}). The value
 * is returned once by {@link #issue}; only its SHA-256 digest is stored.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "dwt_";
    private static final int SHOWN_PREFIX = PREFIX.length() + 6;

    /** A token just created, with its value: shown once. */
    public record IssuedToken(ApiToken token, String value) {
    }

    private final ApiTokenRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    ApiTokens(ApiTokenRepository repository, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    public IssuedToken issue(String name, Set<Scope> scopes, String createdBy) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new InvalidInputException("name", "The token name must have 1 to 100 characters",
                    "problem.token.name");
        }
        if (scopes == null || scopes.isEmpty()) {
            throw new InvalidInputException("scopes", "Give the token at least one scope: read, ingest or admin",
                    "problem.token.scopes");
        }
        String value = Secrets.token(PREFIX);
        long id = repository.insert(trimmed, Secrets.sha256(value), value.substring(0, SHOWN_PREFIX), scopes,
                clock.instant(), createdBy);
        ApiToken token = repository.findById(id).orElseThrow();
        audit.record("token_created", "token:" + id, Map.of("name", trimmed, "scopes", token.scopes()));
        return new IssuedToken(token, value);
    }

    public List<ApiToken> list() {
        return repository.findAll();
    }

    public void revoke(long id) {
        ApiToken token = repository.findById(id).orElseThrow(() -> new NoSuchRecordException("No token with id " + id, "problem.token.unknownId", id));
        if (repository.revoke(id, clock.instant())) {
            audit.record("token_revoked", "token:" + id, Map.of("name", token.name()));
        }
    }

    /** The active token with this value, if any. */
    Optional<ApiToken> authenticate(String value) {
        if (value == null || !value.startsWith(PREFIX) || value.length() > 200) {
            return Optional.empty();
        }
        Optional<ApiToken> token = repository.findActiveByHash(Secrets.sha256(value));
        token.ifPresent(t -> repository.touch(t.id(), clock.instant()));
        return token;
    }
}
