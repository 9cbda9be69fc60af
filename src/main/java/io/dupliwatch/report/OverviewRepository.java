package io.dupliwatch.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Current state of servers and jobs (archived ones left out), and each job's newest runs. Every query is driven by the jobs table and
 * reads runs by key or by the (job_id, begin_time) index, so the cost grows with jobs, never with stored runs.
 */
@Repository
class OverviewRepository {

    private static final String OVERVIEW = """
            SELECT s.id AS server_id, s.name AS server_name, s.alias AS server_alias, s.note AS server_note,
                   s.created_at AS server_created_at,
                   j.id AS job_id, j.backup_name, j.run_count, j.uploaded_total,
            """ + RunSummaryRows.COLUMNS + """

              FROM servers s
              LEFT JOIN jobs j ON j.server_id = s.id AND j.archived_at IS NULL
              LEFT JOIN runs r ON r.id = j.latest_run_id
            """;

    private final JdbcClient jdbc;

    OverviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ServerOverview> findAll() {
        return jdbc.sql(OVERVIEW + " WHERE s.archived_at IS NULL ORDER BY s.name, s.id, j.backup_name, j.id")
                .query((ResultSetExtractor<List<ServerOverview>>) this::collect);
    }

    List<ServerOverview> findByServer(String serverId) {
        return jdbc.sql(OVERVIEW + " WHERE s.id = :serverId ORDER BY j.backup_name, j.id")
                .param("serverId", serverId)
                .query((ResultSetExtractor<List<ServerOverview>>) this::collect);
    }

    /** The newest {@code perJob} runs of every job (or of one server's jobs), oldest first within a job. */
    Map<Long, List<RunSummary>> findRecentRuns(String serverId, int perJob) {
        JdbcClient.StatementSpec statement = jdbc.sql(recentRunsSql(serverId != null)).param("skip", perJob - 1);
        if (serverId != null) {
            statement = statement.param("serverId", serverId);
        }
        Map<Long, List<RunSummary>> byJob = new LinkedHashMap<>();
        statement.query((ResultSet rs) -> {
            RunSummary run = RunSummaryRows.map(rs);
            byJob.computeIfAbsent(run.jobId(), id -> new ArrayList<>()).add(run);
        });
        return byJob;
    }

    /**
     * For each job, the begin time of its {@code :skip + 1}-th newest run bounds an index range scan of that job's
     * runs. The bounds are computed first, one index probe per job (a materialized CTE, which both databases
     * support), so that runs are joined to plain values through the (job_id, begin_time) index: with the bound as a
     * correlated subquery in the join condition, PostgreSQL could not use it as an index condition and read every
     * run of every job (400 ms at 100,000 runs, seconds at 1,000,000). CROSS JOIN keeps the bounds as SQLite's outer
     * loop.
     */
    static String recentRunsSql(boolean oneServer) {
        return """
                WITH bounds AS MATERIALIZED (
                    SELECT j.id, j.backup_name,
                           COALESCE((SELECT r2.begin_time FROM runs r2 WHERE r2.job_id = j.id
                                      ORDER BY r2.begin_time DESC LIMIT 1 OFFSET :skip), 0) AS since
                      FROM jobs j
                """ + (oneServer ? "     WHERE j.server_id = :serverId\n" : "") + """
                )
                SELECT
                """ + RunSummaryRows.COLUMNS + """

                  FROM bounds j
                 CROSS JOIN runs r
                 WHERE r.job_id = j.id AND r.begin_time >= j.since
                 ORDER BY r.job_id, r.begin_time
                """;
    }

    private List<ServerOverview> collect(ResultSet rs) throws SQLException {
        Map<String, Server> servers = new LinkedHashMap<>();
        Map<String, List<JobOverview>> jobs = new LinkedHashMap<>();
        while (rs.next()) {
            String serverId = rs.getString("server_id");
            if (!servers.containsKey(serverId)) {
                servers.put(serverId, new Server(serverId, rs.getString("server_name"), rs.getString("server_alias"),
                        rs.getString("server_note"), Instant.ofEpochMilli(rs.getLong("server_created_at"))));
            }
            List<JobOverview> serverJobs = jobs.computeIfAbsent(serverId, id -> new ArrayList<>());
            long jobId = rs.getLong("job_id");
            if (!rs.wasNull()) {
                serverJobs.add(new JobOverview(jobId, serverId, rs.getString("backup_name"), rs.getLong("run_count"),
                        rs.getLong("uploaded_total"), RunSummaryRows.map(rs)));
            }
        }
        List<ServerOverview> overviews = new ArrayList<>(servers.size());
        servers.forEach((id, server) -> overviews.add(new ServerOverview(server, jobs.get(id))));
        return overviews;
    }
}
