package io.dupliwatch.notify;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.Assert;

/** Per-job and per-server notification settings. */
@Repository
class SettingsRepository {

    record JobRow(String filter, String extraRecipients) {
    }

    private final JdbcClient jdbc;

    SettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<JobRow> findJob(long jobId) {
        return jdbc.sql("SELECT s.run_filter, s.extra_recipients FROM notify_job_settings s WHERE s.job_id = :jobId")
                .param("jobId", jobId)
                .query((rs, n) -> new JobRow(rs.getString("run_filter"), rs.getString("extra_recipients")))
                .optional();
    }

    /** Channels switched on or off for the job; a channel not listed is on. */
    Map<Long, Boolean> findJobChannels(long jobId) {
        Map<Long, Boolean> switches = new HashMap<>();
        jdbc.sql("SELECT c.channel_id, c.enabled FROM notify_job_channels c WHERE c.job_id = :jobId")
                .param("jobId", jobId)
                .query(rs -> {
                    switches.put(rs.getLong("channel_id"), rs.getBoolean("enabled"));
                });
        return switches;
    }

    void saveJob(long jobId, String filter, String extraRecipients, Map<Long, Boolean> channels, Instant now) {
        int saved = jdbc.sql("""
                INSERT INTO notify_job_settings (job_id, run_filter, extra_recipients, updated_at)
                VALUES (:jobId, :filter, :extra, :now)
                ON CONFLICT (job_id) DO UPDATE SET run_filter = excluded.run_filter,
                                                   extra_recipients = excluded.extra_recipients,
                                                   updated_at = excluded.updated_at
                """)
                .param("jobId", jobId).param("filter", filter).param("extra", extraRecipients)
                .param("now", now.toEpochMilli())
                .update();
        Assert.state(saved == 1, "job notification settings not saved");
        jdbc.sql("DELETE FROM notify_job_channels WHERE job_id = :jobId").param("jobId", jobId).update();
        channels.forEach((channelId, enabled) -> {
            int inserted = jdbc.sql("""
                    INSERT INTO notify_job_channels (job_id, channel_id, enabled) VALUES (:jobId, :channelId, :enabled)
                    """)
                    .param("jobId", jobId).param("channelId", channelId).param("enabled", enabled)
                    .update();
            Assert.state(inserted == 1, "job channel switch not saved");
        });
    }

    Optional<String> findServerRecipients(String serverId) {
        return jdbc.sql("SELECT s.extra_recipients FROM notify_server_settings s WHERE s.server_id = :serverId")
                .param("serverId", serverId)
                .query(String.class)
                .optional();
    }

    void saveServer(String serverId, String extraRecipients, Instant now) {
        int saved = jdbc.sql("""
                INSERT INTO notify_server_settings (server_id, extra_recipients, updated_at)
                VALUES (:serverId, :extra, :now)
                ON CONFLICT (server_id) DO UPDATE SET extra_recipients = excluded.extra_recipients,
                                                      updated_at = excluded.updated_at
                """)
                .param("serverId", serverId).param("extra", extraRecipients).param("now", now.toEpochMilli())
                .update();
        Assert.state(saved == 1, "server notification settings not saved");
    }
}
