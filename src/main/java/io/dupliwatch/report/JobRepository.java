package io.dupliwatch.report;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JobRepository {

    private final JdbcClient jdbc;

    JobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
}
