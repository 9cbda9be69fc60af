package io.dupliwatch.integrations.relay;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import io.dupliwatch.report.ServerMergeStep;
import io.dupliwatch.storage.SecretCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.Assert;

@Repository
class HeartbeatRepository implements ServerMergeStep {

    private static final String SELECT = """
            SELECT h.job_id, h.url_secret, h.url_hint, h.kind, h.updated_at, h.last_sent_at, h.last_signal, h.last_error
              FROM job_heartbeats h
            """;

    private final JdbcClient jdbc;
    private final SecretCipher cipher;

    HeartbeatRepository(JdbcClient jdbc, SecretCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** A merged job's heartbeat moves unless the target job has one. */
    @Override
    public void mergeJob(long sourceJobId, long targetJobId) {
        ServerMergeStep.keepOneRow(jdbc, "job_heartbeats", "job_id", sourceJobId, targetJobId);
    }

    Optional<Heartbeat> find(long jobId) {
        return jdbc.sql(SELECT + " WHERE h.job_id = :jobId").param("jobId", jobId)
                .query(HeartbeatRepository::map).optional();
    }

    /** Sets the URL (encrypted) and kind; a new URL forgets the outcome of pings to the old one. */
    void save(long jobId, URI url, HeartbeatKind kind, Instant now) {
        int updated = jdbc.sql("""
                INSERT INTO job_heartbeats (job_id, url_secret, url_hint, kind, updated_at)
                VALUES (:jobId, :secret, :hint, :kind, :now)
                ON CONFLICT (job_id) DO UPDATE SET url_secret = excluded.url_secret, url_hint = excluded.url_hint,
                                                   kind = excluded.kind, updated_at = excluded.updated_at,
                                                   last_sent_at = NULL, last_signal = NULL, last_error = NULL
                """)
                .param("jobId", jobId).param("secret", cipher.encrypt(url.toString())).param("hint", hint(url))
                .param("kind", kind.name()).param("now", now.toEpochMilli())
                .update();
        Assert.state(updated == 1, () -> "heartbeat of job " + jobId + " not saved");
    }

    boolean delete(long jobId) {
        return jdbc.sql("DELETE FROM job_heartbeats WHERE job_id = :jobId").param("jobId", jobId).update() == 1;
    }

    /** The URL to ping. @throws SecretCipher.UndecryptableSecretException when the key file was replaced */
    URI url(Heartbeat heartbeat) {
        return URI.create(cipher.decrypt(heartbeat.urlSecret()));
    }

    /** Records a ping's outcome unless the heartbeat was set again meanwhile (then it belongs to an old URL). */
    void recordOutcome(Heartbeat heartbeat, Instant sentAt, String signal, String error) {
        jdbc.sql("""
                UPDATE job_heartbeats SET last_sent_at = :sentAt, last_signal = :signal, last_error = :error
                 WHERE job_id = :jobId AND updated_at = :updatedAt
                """)
                .param("sentAt", sentAt.toEpochMilli()).param("signal", signal).param("error", error)
                .param("jobId", heartbeat.jobId()).param("updatedAt", heartbeat.updatedAt().toEpochMilli())
                .update();
    }

    /** {@code https://hc-ping.com/…}: enough to recognise the monitor, nothing of its token. */
    static String hint(URI url) {
        String hostAndPort = url.getPort() == -1 ? url.getHost() : url.getHost() + ":" + url.getPort();
        return url.getScheme() + "://" + hostAndPort + "/…";
    }

    private static Heartbeat map(ResultSet rs, int rowNum) throws SQLException {
        return new Heartbeat(rs.getLong("job_id"), rs.getString("url_secret"), rs.getString("url_hint"),
                HeartbeatKind.valueOf(rs.getString("kind")), Instant.ofEpochMilli(rs.getLong("updated_at")),
                instant(rs, "last_sent_at"), rs.getString("last_signal"), rs.getString("last_error"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
