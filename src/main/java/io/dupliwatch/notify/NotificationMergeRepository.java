package io.dupliwatch.notify;

import io.dupliwatch.report.ServerMergeStep;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Notifications' part of a server merge: a merged job's and the server's settings move where the target has none
 * (the target's own are kept), its events and delivery log follow it.
 */
@Repository
class NotificationMergeRepository implements ServerMergeStep {

    private final JdbcClient jdbc;

    NotificationMergeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void mergeJob(long sourceJobId, long targetJobId) {
        ServerMergeStep.keepOneRow(jdbc, "notify_job_settings", "job_id", sourceJobId, targetJobId);
        jdbc.sql("""
                UPDATE notify_job_channels SET job_id = :target
                 WHERE job_id = :source
                   AND NOT EXISTS (SELECT 1 FROM notify_job_channels t
                                    WHERE t.job_id = :target AND t.channel_id = notify_job_channels.channel_id)
                """).param("source", sourceJobId).param("target", targetJobId).update();
        jdbc.sql("DELETE FROM notify_job_channels WHERE job_id = :source").param("source", sourceJobId).update();
        jdbc.sql("UPDATE notify_events SET job_id = :target WHERE job_id = :source")
                .param("source", sourceJobId).param("target", targetJobId).update();
        jdbc.sql("UPDATE notify_deliveries SET job_id = :target WHERE job_id = :source")
                .param("source", sourceJobId).param("target", targetJobId).update();
    }

    @Override
    public void mergeServer(String sourceServerId, String targetServerId) {
        ServerMergeStep.keepOneRow(jdbc, "notify_server_settings", "server_id", sourceServerId, targetServerId);
    }
}
