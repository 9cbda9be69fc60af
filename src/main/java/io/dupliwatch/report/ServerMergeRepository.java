package io.dupliwatch.report;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.Assert;

/**
 * Report's SQL of a server merge: its jobs, runs, former names and the server row. Other features move their own
 * rows ({@link ServerMergeStep}) before these run, since deleting the source job or server cascades.
 */
@Repository
class ServerMergeRepository {

    /** {@link RunStatus#succeeded()} in SQL, for a job's last success. */
    private static final List<String> SUCCEEDED = Arrays.stream(RunStatus.values()).filter(RunStatus::succeeded)
            .map(Enum::name).toList();

    private final JdbcClient jdbc;

    ServerMergeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ReportMerge.JobKey> jobsOf(String serverId) {
        return jdbc.sql("SELECT id, backup_name FROM jobs WHERE server_id = :id ORDER BY id").param("id", serverId)
                .query((rs, n) -> new ReportMerge.JobKey(rs.getLong("id"), rs.getString("backup_name"))).list();
    }

    /** A job only the source has: the row moves, keeping its id, so everything keyed by it keeps working. */
    void moveJob(long jobId, String targetServerId) {
        int moved = jdbc.sql("UPDATE jobs SET server_id = :target WHERE id = :id")
                .param("target", targetServerId).param("id", jobId).update();
        Assert.state(moved == 1, () -> "job " + jobId + " vanished during the merge");
        jdbc.sql("UPDATE runs SET server_id = :target WHERE job_id = :id")
                .param("target", targetServerId).param("id", jobId).update();
    }

    /**
     * A job both servers have: the source's runs move unless the target has a run with the same begin time
     * (the same run, pushed to one and collected by the other), and the target's state is rebuilt.
     *
     * @return runs moved
     */
    int mergeRuns(long sourceJobId, long targetJobId, String targetServerId) {
        int moved = jdbc.sql("""
                UPDATE runs SET job_id = :target, server_id = :targetServer
                 WHERE job_id = :source
                   AND NOT EXISTS (SELECT 1 FROM runs r2 WHERE r2.job_id = :target AND r2.begin_time = runs.begin_time)
                """)
                .param("source", sourceJobId).param("target", targetJobId).param("targetServer", targetServerId)
                .update();
        rebuildJobState(targetJobId);
        return moved;
    }

    /** A merged source job goes, its duplicate runs (and whatever still refers to it) with it. */
    void deleteJob(long jobId) {
        int deleted = jdbc.sql("DELETE FROM jobs WHERE id = :id").param("id", jobId).update();
        Assert.state(deleted == 1, () -> "job " + jobId + " vanished during the merge");
    }

    /**
     * The server itself goes; its name stays findable as a former name of the target, which also takes its time
     * zone when it has none.
     */
    void mergeServer(String sourceId, String targetId, Instant now) {
        jdbc.sql("""
                UPDATE servers
                   SET time_zone = (SELECT s.time_zone FROM servers s WHERE s.id = :source),
                       time_zone_source = (SELECT s.time_zone_source FROM servers s WHERE s.id = :source)
                 WHERE id = :target AND time_zone IS NULL
                """)
                .param("source", sourceId).param("target", targetId).update();
        jdbc.sql("""
                INSERT INTO server_previous_names (server_id, name, replaced_at)
                SELECT :target, s.name, :now FROM servers s
                 WHERE s.id = :source
                   AND s.name <> (SELECT t.name FROM servers t WHERE t.id = :target)
                ON CONFLICT (server_id, name) DO UPDATE SET replaced_at = excluded.replaced_at
                """)
                .param("source", sourceId).param("target", targetId).param("now", now.toEpochMilli()).update();
        int deleted = jdbc.sql("DELETE FROM servers WHERE id = :id").param("id", sourceId).update();
        Assert.state(deleted == 1, () -> "server " + sourceId + " vanished during the merge");
    }

    /** Counters and newest-run state of a job, recomputed from its runs after runs were added. */
    private void rebuildJobState(long jobId) {
        int updated = jdbc.sql("""
                UPDATE jobs SET
                       run_count = (SELECT COUNT(*) FROM runs r WHERE r.job_id = jobs.id),
                       uploaded_total = (SELECT COALESCE(SUM(r.uploaded_size), 0) FROM runs r WHERE r.job_id = jobs.id),
                       last_success_time = (SELECT MAX(r.begin_time) FROM runs r
                                             WHERE r.job_id = jobs.id AND UPPER(TRIM(r.status)) IN (:succeeded)),
                       latest_run_id = (SELECT r.id FROM runs r WHERE r.job_id = jobs.id
                                         ORDER BY r.begin_time DESC, r.id DESC LIMIT 1)
                 WHERE id = :id
                """).param("id", jobId).param("succeeded", SUCCEEDED).update();
        Assert.state(updated == 1, () -> "job " + jobId + " vanished during the merge");
        jdbc.sql("""
                UPDATE jobs SET
                       latest_begin_time = (SELECT r.begin_time FROM runs r WHERE r.id = jobs.latest_run_id),
                       latest_status = (SELECT r.status FROM runs r WHERE r.id = jobs.latest_run_id),
                       latest_size = COALESCE((SELECT r.size_of_examined_files FROM runs r
                                                WHERE r.id = jobs.latest_run_id), 0),
                       latest_known_file_size = COALESCE((SELECT r.known_file_size FROM runs r
                                                           WHERE r.id = jobs.latest_run_id), 0),
                       backup_id = COALESCE((SELECT r.backup_id FROM runs r WHERE r.id = jobs.latest_run_id), backup_id)
                 WHERE id = :id
                """).param("id", jobId).update();
    }
}
