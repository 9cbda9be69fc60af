package io.dupliwatch.integrations.relay;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.Assert;

@Repository
class HeartbeatRepository {

    private static final String SELECT = """
            SELECT h.job_id, h.url, h.kind, h.updated_at, h.last_sent_at, h.last_signal, h.last_error
              FROM job_heartbeats h
            """;

    private final JdbcClient jdbc;

    HeartbeatRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Heartbeat> find(long jobId) {
        return jdbc.sql(SELECT + " WHERE h.job_id = :jobId").param("jobId", jobId)
                .query(HeartbeatRepository::map).optional();
    }

    /** Sets the URL and kind; a new URL forgets the outcome of pings to the old one. */
    void save(long jobId, URI url, HeartbeatKind kind, Instant now) {
        int updated = jdbc.sql("""
                INSERT INTO job_heartbeats (job_id, url, kind, updated_at) VALUES (:jobId, :url, :kind, :now)
                ON CONFLICT (job_id) DO UPDATE SET url = excluded.url, kind = excluded.kind, updated_at = excluded.updated_at,
                                                   last_sent_at = NULL, last_signal = NULL, last_error = NULL
                """)
                .param("jobId", jobId).param("url", url.toString()).param("kind", kind.name())
                .param("now", now.toEpochMilli())
                .update();
        Assert.state(updated == 1, () -> "heartbeat of job " + jobId + " not saved");
    }

    boolean delete(long jobId) {
        return jdbc.sql("DELETE FROM job_heartbeats WHERE job_id = :jobId").param("jobId", jobId).update() == 1;
    }

    /**
     * Records a ping's outcome unless the URL changed meanwhile (then the outcome belongs to a URL no longer used).
     */
    void recordOutcome(long jobId, URI url, Instant sentAt, String signal, String error) {
        jdbc.sql("""
                UPDATE job_heartbeats SET last_sent_at = :sentAt, last_signal = :signal, last_error = :error
                 WHERE job_id = :jobId AND url = :url
                """)
                .param("sentAt", sentAt.toEpochMilli()).param("signal", signal).param("error", error)
                .param("jobId", jobId).param("url", url.toString())
                .update();
    }

    private static Heartbeat map(ResultSet rs, int rowNum) throws SQLException {
        return new Heartbeat(rs.getLong("job_id"), URI.create(rs.getString("url")), HeartbeatKind.valueOf(rs.getString("kind")),
                Instant.ofEpochMilli(rs.getLong("updated_at")), instant(rs, "last_sent_at"), rs.getString("last_signal"),
                rs.getString("last_error"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
