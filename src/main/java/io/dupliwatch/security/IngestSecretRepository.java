package io.dupliwatch.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.dupliwatch.report.ServerMergeStep;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class IngestSecretRepository implements ServerMergeStep {

    private final JdbcClient jdbc;

    IngestSecretRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A merged server's ingest secret moves unless the target has one. */
    @Override
    public void mergeServer(String sourceServerId, String targetServerId) {
        ServerMergeStep.keepOneRow(jdbc, "ingest_secrets", "server_id", sourceServerId, targetServerId);
    }

    void upsert(String serverId, String secretHash, Instant now, String createdBy) {
        jdbc.sql("""
                        INSERT INTO ingest_secrets (server_id, secret_hash, created_at, created_by)
                        VALUES (:server, :hash, :now, :by)
                        ON CONFLICT (server_id) DO UPDATE SET secret_hash = :hash, created_at = :now, created_by = :by""")
                .param("server", serverId).param("hash", secretHash).param("now", now.toEpochMilli())
                .param("by", createdBy).update();
    }

    boolean delete(String serverId) {
        return jdbc.sql("DELETE FROM ingest_secrets WHERE server_id = :server").param("server", serverId).update() == 1;
    }

    boolean any() {
        return jdbc.sql("SELECT COUNT(*) FROM ingest_secrets").query(Long.class).single() > 0;
    }

    Optional<String> findHash(String serverId) {
        return jdbc.sql("SELECT secret_hash FROM ingest_secrets WHERE server_id = :server").param("server", serverId)
                .query(String.class).optional();
    }

    List<IngestSecret> findAll() {
        return jdbc.sql("SELECT server_id, created_at, created_by FROM ingest_secrets ORDER BY server_id")
                .query((rs, n) -> new IngestSecret(rs.getString("server_id"), Instant.ofEpochMilli(rs.getLong("created_at")),
                        rs.getString("created_by")))
                .list();
    }
}
