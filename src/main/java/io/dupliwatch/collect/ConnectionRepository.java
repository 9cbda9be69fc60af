package io.dupliwatch.collect;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.dupliwatch.report.ServerMergeStep;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.Assert;

/** SQL of {@code duplicati_connections}. */
@Repository
class ConnectionRepository implements ServerMergeStep {

    private static final String SELECT = """
            SELECT server_id, url, auth_kind, secret, allow_self_signed, pinned_certificate, auto_collect_hours,
                   updated_at, collecting_since, resolved_url, duplicati_machine_id,
                   duplicati_machine_name, duplicati_version, last_started_at, last_finished_at, last_problem,
                   last_error, last_imported, last_skipped, last_failed
              FROM duplicati_connections
            """;

    private final JdbcClient jdbc;

    ConnectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A merged server's connection moves unless the target has one. */
    @Override
    public void mergeServer(String sourceServerId, String targetServerId) {
        ServerMergeStep.keepOneRow(jdbc, "duplicati_connections", "server_id", sourceServerId, targetServerId);
    }

    Optional<StoredConnection> find(String serverId) {
        return jdbc.sql(SELECT + " WHERE server_id = :id").param("id", serverId)
                .query(ConnectionRepository::map).optional();
    }

    List<StoredConnection> findAll() {
        return jdbc.sql(SELECT + " ORDER BY server_id").query(ConnectionRepository::map).list();
    }

    /** Creates or replaces the settings; the pinned certificate is forgotten, what was learnt is kept. */
    void save(String serverId, String url, AuthKind authKind, String encryptedSecret, boolean allowSelfSigned,
              Integer autoCollectHours, Instant now) {
        int written = jdbc.sql("""
                INSERT INTO duplicati_connections (server_id, url, auth_kind, secret, allow_self_signed,
                                                   pinned_certificate, auto_collect_hours, created_at, updated_at)
                VALUES (:id, :url, :authKind, :secret, :allowSelfSigned, NULL, :autoCollectHours, :now, :now)
                ON CONFLICT (server_id) DO UPDATE SET url = excluded.url, auth_kind = excluded.auth_kind,
                       secret = excluded.secret, allow_self_signed = excluded.allow_self_signed,
                       pinned_certificate = NULL, auto_collect_hours = excluded.auto_collect_hours,
                       updated_at = excluded.updated_at
                """)
                .param("id", serverId).param("url", url).param("authKind", authKind.code())
                .param("secret", encryptedSecret).param("allowSelfSigned", allowSelfSigned)
                .param("autoCollectHours", autoCollectHours).param("now", now.toEpochMilli())
                .update();
        Assert.state(written == 1, () -> "connection of " + serverId + " not saved");
    }

    boolean delete(String serverId) {
        return jdbc.sql("DELETE FROM duplicati_connections WHERE server_id = :id").param("id", serverId).update() == 1;
    }

    /**
     * Marks the server as being collected unless another collection holds it (claims older than
     * {@code staleBefore} are taken over: their process died).
     */
    boolean claim(String serverId, Instant now, Instant staleBefore) {
        return jdbc.sql("""
                UPDATE duplicati_connections SET collecting_since = :now, last_started_at = :now
                 WHERE server_id = :id AND (collecting_since IS NULL OR collecting_since < :staleBefore)
                """)
                .param("id", serverId).param("now", now.toEpochMilli())
                .param("staleBefore", staleBefore.toEpochMilli())
                .update() == 1;
    }

    /** Releases the claim and records a successful contact. A certificate is pinned only if none was. */
    void finishSucceeded(String serverId, String resolvedUrl, DuplicatiSystemInfo info, String acceptedCertificate,
                         CollectResult result, Instant now) {
        int updated = jdbc.sql("""
                UPDATE duplicati_connections SET collecting_since = NULL, last_finished_at = :now,
                       last_problem = NULL, last_error = :error, last_imported = :imported,
                       last_skipped = :skipped, last_failed = :failed, resolved_url = :resolvedUrl,
                       duplicati_machine_id = :machineId, duplicati_machine_name = :machineName,
                       duplicati_version = :version,
                       pinned_certificate = COALESCE(pinned_certificate, :certificate)
                 WHERE server_id = :id
                """)
                .param("id", serverId).param("now", now.toEpochMilli())
                .param("error", result.errors().isEmpty() ? null : String.join("\n", result.errors()))
                .param("imported", result.imported()).param("skipped", result.skipped())
                .param("failed", result.failed()).param("resolvedUrl", resolvedUrl)
                .param("machineId", info.machineId()).param("machineName", info.machineName())
                .param("version", info.serverVersion()).param("certificate", acceptedCertificate)
                .update();
        Assert.state(updated == 1, () -> "connection of " + serverId + " vanished during its collection");
    }

    /** Releases the claim and records why the collection failed (nothing to do if the connection was deleted). */
    void finishFailed(String serverId, String problem, String error, Instant now) {
        jdbc.sql("""
                UPDATE duplicati_connections SET collecting_since = NULL, last_finished_at = :now,
                       last_problem = :problem, last_error = :error,
                       last_imported = 0, last_skipped = 0, last_failed = 0
                 WHERE server_id = :id
                """)
                .param("id", serverId).param("now", now.toEpochMilli()).param("problem", problem)
                .param("error", error)
                .update();
    }

    /** Servers whose automatic collection is due: never started, or started at least their interval ago. */
    List<String> dueForAutoCollect(Instant now) {
        return jdbc.sql("""
                SELECT server_id FROM duplicati_connections
                 WHERE auto_collect_hours IS NOT NULL AND collecting_since IS NULL
                   AND (last_started_at IS NULL OR last_started_at + auto_collect_hours * CAST(3600000 AS BIGINT) <= :now)
                 ORDER BY server_id
                """)
                .param("now", now.toEpochMilli()).query(String.class).list();
    }

    private static StoredConnection map(ResultSet rs, int rowNum) throws SQLException {
        int hours = rs.getInt("auto_collect_hours");
        Integer autoCollectHours = rs.wasNull() ? null : hours;
        return new StoredConnection(rs.getString("server_id"), rs.getString("url"),
                AuthKind.fromCode(rs.getString("auth_kind")), rs.getString("secret"),
                rs.getBoolean("allow_self_signed"), rs.getString("pinned_certificate"), autoCollectHours,
                instant(rs, "updated_at"), instant(rs, "collecting_since"),
                rs.getString("resolved_url"), rs.getString("duplicati_machine_id"),
                rs.getString("duplicati_machine_name"), rs.getString("duplicati_version"),
                new StoredConnection.LastCollection(instant(rs, "last_started_at"), instant(rs, "last_finished_at"),
                        rs.getString("last_problem"), rs.getString("last_error"), rs.getLong("last_imported"),
                        rs.getLong("last_skipped"), rs.getLong("last_failed")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
