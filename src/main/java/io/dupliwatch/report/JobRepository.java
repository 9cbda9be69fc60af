package io.dupliwatch.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.Assert;

@Repository
class JobRepository {

    /** The job row and its newest run, joined by primary key: one row per job, never a scan of runs. */
    private static final String STATE_SELECT = """
            SELECT j.id, j.server_id, s.name AS server_name, s.alias AS server_alias, j.backup_name, j.backup_id,
                   j.run_count, j.latest_status, j.latest_begin_time, j.last_success_time, j.latest_size,
                   j.latest_known_file_size, r.duration_seconds, r.uploaded_size, r.backup_list_count,
                   r.warnings_count, r.errors_count,
                   CASE WHEN j.archived_at IS NULL AND s.archived_at IS NULL THEN 0 ELSE 1 END AS archived
              FROM jobs j
              JOIN servers s ON s.id = j.server_id
              LEFT JOIN runs r ON r.id = j.latest_run_id
            """;
    private static final String ACTIVE = " WHERE j.archived_at IS NULL AND s.archived_at IS NULL";
    private static final String STATE_ORDER = " ORDER BY s.name, s.id, j.backup_name, j.id";

    private final JdbcClient jdbc;

    JobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void saveNextExpected(long jobId, Instant nextExpected) {
        int updated = jdbc.sql("UPDATE jobs SET next_expected_at = :next WHERE id = :id")
                .param("next", nextExpected == null ? null : nextExpected.toEpochMilli()).param("id", jobId)
                .update();
        Assert.state(updated == 1, () -> "job " + jobId + " vanished");
    }

    Optional<Long> findId(String serverId, String backupName) {
        return jdbc.sql("SELECT id FROM jobs WHERE server_id = :serverId AND backup_name = :backupName")
                .param("serverId", serverId).param("backupName", backupName).query(Long.class).optional();
    }

    Totals totals() {
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM servers) AS servers,
                       COUNT(j.id) AS jobs,
                       COALESCE(SUM(j.run_count), 0) AS runs,
                       COALESCE(SUM(j.uploaded_total), 0) AS uploaded,
                       COALESCE(SUM(j.latest_known_file_size), 0) AS storage,
                       COALESCE(SUM(j.latest_size), 0) AS size,
                       MAX(j.latest_begin_time) AS newest
                  FROM jobs j
                """)
                .query((rs, n) -> {
                    long newest = rs.getLong("newest");
                    Instant newestRunStart = rs.wasNull() ? null : Instant.ofEpochMilli(newest);
                    return new Totals(rs.getLong("servers"), rs.getLong("jobs"), rs.getLong("runs"),
                            rs.getLong("uploaded"), rs.getLong("storage"), rs.getLong("size"), newestRunStart);
                })
                .single();
    }

    Optional<JobRef> findJob(long jobId) {
        return jdbc.sql("SELECT j.id, j.server_id, j.backup_name FROM jobs j WHERE j.id = :id")
                .param("id", jobId)
                .query((rs, n) -> new JobRef(rs.getLong("id"), rs.getString("server_id"), rs.getString("backup_name")))
                .optional();
    }

    List<JobState> findActiveStates() {
        return jdbc.sql(STATE_SELECT + ACTIVE + STATE_ORDER).query(JobRepository::mapState).list();
    }

    List<JobState> findActiveStatesOfServer(String serverId) {
        return jdbc.sql(STATE_SELECT + ACTIVE + " AND j.server_id = :serverId" + STATE_ORDER).param("serverId", serverId)
                .query(JobRepository::mapState).list();
    }

    Optional<JobState> findState(long jobId) {
        return jdbc.sql(STATE_SELECT + " WHERE j.id = :id").param("id", jobId).query(JobRepository::mapState).optional();
    }

    Optional<JobState> findState(String serverId, String backupName) {
        return jdbc.sql(STATE_SELECT + " WHERE j.server_id = :serverId AND j.backup_name = :backupName")
                .param("serverId", serverId).param("backupName", backupName)
                .query(JobRepository::mapState).optional();
    }

    private static JobState mapState(ResultSet rs, int rowNum) throws SQLException {
        return new JobState(rs.getLong("id"), rs.getString("server_id"), rs.getString("server_name"),
                rs.getString("server_alias"), rs.getString("backup_name"), rs.getString("backup_id"),
                rs.getLong("run_count"), rs.getString("latest_status"), instant(rs, "latest_begin_time"),
                instant(rs, "last_success_time"), rs.getDouble("duration_seconds"), rs.getLong("latest_size"),
                rs.getLong("uploaded_size"), rs.getLong("latest_known_file_size"), rs.getLong("backup_list_count"),
                rs.getLong("warnings_count"), rs.getLong("errors_count"), rs.getInt("archived") == 1);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
