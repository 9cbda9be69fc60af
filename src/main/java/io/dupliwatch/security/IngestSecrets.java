package io.dupliwatch.security;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.dupliwatch.report.ServerProtection;

import org.springframework.stereotype.Service;

/**
 * Per-server ingest secrets: once a Duplicati machine-id has one, its reports must carry it
 * ({@code /api/upload?secret=...}), so that one leaked upload URL cannot speak for another machine.
 */
@Service
public class IngestSecrets implements ServerProtection {

    static final String PREFIX = "dws_";

    /** What a report may do with respect to its server's secret. */
    enum Verdict { NO_SECRET, MATCH, MISMATCH }

    private final IngestSecretRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    IngestSecrets(IngestSecretRepository repository, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sets (or replaces) the secret of a server and returns it: shown once. */
    public String generate(String serverId, String createdBy) {
        String id = validServerId(serverId);
        String secret = Secrets.token(PREFIX);
        repository.upsert(id, Secrets.sha256(secret), clock.instant(), createdBy);
        audit.record("ingest_secret_set", "server:" + id, Map.of());
        return secret;
    }

    public void clear(String serverId) {
        if (!repository.delete(serverId)) {
            throw new NoSuchRecordException("Server '" + serverId + "' has no ingest secret", "problem.secret.none",
                    serverId);
        }
        audit.record("ingest_secret_cleared", "server:" + serverId, Map.of());
    }

    public List<IngestSecret> list() {
        return repository.findAll();
    }

    boolean anyConfigured() {
        return repository.any();
    }

    @Override
    public boolean isProtected(String serverId) {
        return repository.findHash(serverId).isPresent();
    }

    Verdict verify(String serverId, String presented) {
        return repository.findHash(serverId)
                .map(hash -> presented != null && Secrets.sameDigest(hash, presented) ? Verdict.MATCH : Verdict.MISMATCH)
                .orElse(Verdict.NO_SECRET);
    }

    private static String validServerId(String serverId) {
        String id = serverId == null ? "" : serverId.trim();
        if (id.isEmpty() || id.length() > 200) {
            throw new InvalidInputException("serverId", "The server id (Duplicati machine-id) must have 1 to 200 characters",
                    "problem.secret.serverId");
        }
        return id;
    }
}
