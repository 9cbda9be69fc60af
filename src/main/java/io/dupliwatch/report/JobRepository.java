package io.dupliwatch.report;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JobRepository {

    private final JdbcClient jdbc;

    JobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
}
