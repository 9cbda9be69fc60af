package io.dupliwatch.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of {@code operation_runs} (runs of every operation but backups) and {@code job_operations} (each job's newest
 * run per operation). A job's backup state is read from {@code jobs}, so that one query answers for every operation.
 */
@Repository
class OperationRepository implements ServerMergeStep {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<LinkedHashMap<String, String>> TEXTS = new TypeReference<>() { };

    private static final String RUN_SELECT = """
            SELECT o.id, o.job_id, o.operation, o.source, o.received_at, o.status, o.parsed_result, o.version,
                   o.begin_time, o.end_time, o.duration_seconds, o.messages_count, o.warnings_count, o.errors_count,
                   o.figures, o.messages, o.warnings, o.errors, o.extra,
                   j.server_id, j.backup_name, j.backup_id, s.name AS server_name
              FROM operation_runs o
              JOIN jobs j ON j.id = o.job_id
              JOIN servers s ON s.id = j.server_id
            """;

    private static final String STATE_SELECT = """
            SELECT j.id AS job_id, 'Backup' AS operation, j.latest_status AS last_status,
                   j.latest_begin_time AS last_begin_time, j.last_success_time, r.reduced
              FROM jobs j LEFT JOIN runs r ON r.id = j.latest_run_id
             WHERE j.latest_begin_time IS NOT NULL %s
            UNION ALL
            SELECT o.job_id, o.operation, o.last_status, o.last_begin_time, o.last_success_time, r.reduced
              FROM job_operations o JOIN operation_runs r ON r.id = o.last_run_id
             WHERE 1 = 1 %s
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    OperationRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** @return the new run's id, or empty when the job already has a run of this operation with this begin time */
    Optional<Long> insert(long jobId, OperationRun operationRun, RunSource source, Instant now) {
        BackupRun run = operationRun.run();
        return jdbc.sql("""
                        INSERT INTO operation_runs (job_id, operation, source, received_at, status, parsed_result, version,
                                    begin_time, end_time, duration_seconds, messages_count, warnings_count, errors_count,
                                    reduced, figures, messages, warnings, errors, extra)
                        VALUES (:jobId, :operation, :source, :now, :status, :parsedResult, :version, :begin, :end,
                                :duration, :messagesCount, :warningsCount, :errorsCount, :reduced, :figures, :messages,
                                :warnings, :errors, :extra)
                        ON CONFLICT (job_id, operation, begin_time) DO NOTHING
                        RETURNING id
                        """)
                .param("jobId", jobId).param("operation", operationRun.operation().label())
                .param("source", source.name()).param("now", now.toEpochMilli())
                .param("status", run.status()).param("parsedResult", String.valueOf(run.parsedResult()))
                .param("version", run.version()).param("begin", run.beginTime().toEpochMilli())
                .param("end", run.endTime() == null ? null : run.endTime().toEpochMilli())
                .param("duration", run.durationSeconds()).param("messagesCount", run.messagesCount())
                .param("warningsCount", run.warningsCount()).param("errorsCount", run.errorsCount())
                .param("reduced", run.reduced()).param("figures", json.writeValueAsString(operationRun.figures()))
                .param("messages", json.writeValueAsString(run.log().messages()))
                .param("warnings", json.writeValueAsString(run.log().warnings()))
                .param("errors", json.writeValueAsString(run.log().errors()))
                .param("extra", json.writeValueAsString(run.extra()))
                .query(Long.class).optional();
    }

    /** Begin time of the job's newest run of the operation, empty when none. */
    Optional<Instant> lastBeginTime(long jobId, Operation operation) {
        return jdbc.sql("SELECT last_begin_time FROM job_operations WHERE job_id = :jobId AND operation = :operation")
                .param("jobId", jobId).param("operation", operation.label())
                .query((rs, n) -> Instant.ofEpochMilli(rs.getLong(1))).optional();
    }

    /** Makes the run the job's newest of its operation when it is, and moves the last success when it succeeded. */
    void updateState(long jobId, long runId, Operation operation, BackupRun run) {
        long begin = run.beginTime().toEpochMilli();
        jdbc.sql("""
                INSERT INTO job_operations (job_id, operation, last_run_id, last_begin_time, last_status, last_success_time)
                VALUES (:jobId, :operation, :runId, :begin, :status, :success)
                ON CONFLICT (job_id, operation) DO UPDATE SET
                    last_run_id = CASE WHEN excluded.last_begin_time >= job_operations.last_begin_time
                                       THEN excluded.last_run_id ELSE job_operations.last_run_id END,
                    last_status = CASE WHEN excluded.last_begin_time >= job_operations.last_begin_time
                                       THEN excluded.last_status ELSE job_operations.last_status END,
                    last_begin_time = CASE WHEN excluded.last_begin_time >= job_operations.last_begin_time
                                           THEN excluded.last_begin_time ELSE job_operations.last_begin_time END,
                    last_success_time = CASE WHEN excluded.last_success_time IS NOT NULL
                                                  AND (job_operations.last_success_time IS NULL
                                                       OR job_operations.last_success_time < excluded.last_success_time)
                                             THEN excluded.last_success_time ELSE job_operations.last_success_time END
                """)
                .param("jobId", jobId).param("operation", operation.label()).param("runId", runId)
                .param("begin", begin).param("status", run.status())
                .param("success", RunStatus.of(run.status()).succeeded() ? begin : null)
                .update();
    }

    /** Every job's newest run per operation (backups included), keyed by job id. */
    Map<Long, List<OperationState>> states() {
        return group(jdbc.sql(STATE_SELECT.formatted("", "")).query(this::mapState).list());
    }

    List<OperationState> statesOf(long jobId) {
        return jdbc.sql(STATE_SELECT.formatted("AND j.id = :jobId", "AND o.job_id = :jobId")).param("jobId", jobId)
                .query(this::mapState).list().stream().map(JobOperationState::state).toList();
    }

    /**
     * One page of the server's operation runs (backups excluded), newest first.
     *
     * @param jobId     only this job's runs; {@code null} for every job of the server
     * @param operation only runs of this operation; {@code null} for all
     */
    OperationPage page(String serverId, Long jobId, Operation operation, int page, int pageSize) {
        StringBuilder where = new StringBuilder(" WHERE j.server_id = :serverId");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("serverId", serverId);
        if (jobId != null) {
            where.append(" AND o.job_id = :jobId");
            params.put("jobId", jobId);
        }
        if (operation != null) {
            where.append(" AND o.operation = :operation");
            params.put("operation", operation.label());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM operation_runs o JOIN jobs j ON j.id = o.job_id" + where)
                .params(params).query(Long.class).single();
        List<StoredOperationRun> runs = jdbc.sql(RUN_SELECT + where
                        + " ORDER BY o.begin_time DESC, o.id DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", pageSize).param("offset", (long) page * pageSize)
                .query(this::mapRun).list();
        return new OperationPage(runs, total, page, pageSize);
    }

    Optional<StoredOperationRun> find(long id) {
        return jdbc.sql(RUN_SELECT + " WHERE o.id = :id").param("id", id).query(this::mapRun).optional();
    }

    /**
     * Retention for one job's operation runs, each operation on its own (frequent compacts never push out a rare
     * restore test). Each operation's newest run and newest successful run are kept, so {@code job_operations}
     * keeps pointing at a stored run and the run behind the last success (what a restore or verification
     * expectation is judged by) stays readable.
     *
     * @param cutoff     delete runs that began before this many epoch milliseconds
     * @param keepNewest keep at most this many runs per operation; {@code 0} for no count limit
     * @return how many runs were deleted
     */
    int prune(long jobId, long cutoff, int keepNewest) {
        return jdbc.sql("""
                        DELETE FROM operation_runs
                         WHERE job_id = :jobId
                           AND id IN (SELECT ranked.id
                                        FROM (SELECT id, begin_time, ROW_NUMBER() OVER (PARTITION BY operation
                                                     ORDER BY begin_time DESC, id DESC) AS newness
                                                FROM operation_runs WHERE job_id = :jobId) ranked
                                       WHERE ranked.begin_time < :cutoff OR (:keepNewest > 0 AND ranked.newness > :keepNewest))
                           AND NOT EXISTS (SELECT 1 FROM job_operations s
                                            WHERE s.job_id = operation_runs.job_id AND s.operation = operation_runs.operation
                                              AND (s.last_run_id = operation_runs.id
                                                   OR s.last_success_time = operation_runs.begin_time))
                        """)
                .param("jobId", jobId).param("cutoff", cutoff).param("keepNewest", keepNewest).update();
    }

    /** Runs of the source job move unless the target job has the same one; the target's state is then recomputed. */
    @Override
    public void mergeJob(long sourceJobId, long targetJobId) {
        jdbc.sql("""
                UPDATE operation_runs SET job_id = :target
                 WHERE job_id = :source AND NOT EXISTS (SELECT 1 FROM operation_runs t WHERE t.job_id = :target
                                                          AND t.operation = operation_runs.operation
                                                          AND t.begin_time = operation_runs.begin_time)
                """).param("source", sourceJobId).param("target", targetJobId).update();
        jdbc.sql("DELETE FROM job_operations WHERE job_id IN (:source, :target)")
                .param("source", sourceJobId).param("target", targetJobId).update();
        for (StoredOperationRun run : jdbc.sql(RUN_SELECT + " WHERE o.job_id = :target ORDER BY o.begin_time")
                .param("target", targetJobId).query(this::mapRun).list()) {
            updateState(targetJobId, run.id(), run.run().operation(), run.run().run());
        }
    }

    private record JobOperationState(long jobId, OperationState state) {
    }

    private static Map<Long, List<OperationState>> group(List<JobOperationState> rows) {
        Map<Long, List<OperationState>> byJob = new LinkedHashMap<>();
        for (JobOperationState row : rows) {
            byJob.computeIfAbsent(row.jobId(), id -> new ArrayList<>()).add(row.state());
        }
        return byJob;
    }

    private JobOperationState mapState(ResultSet rs, int n) throws SQLException {
        Operation operation = Operation.of(rs.getString("operation")).orElseThrow();
        return new JobOperationState(rs.getLong("job_id"), new OperationState(operation, rs.getString("last_status"),
                instant(rs, "last_begin_time"), instant(rs, "last_success_time"), rs.getBoolean("reduced")));
    }

    private StoredOperationRun mapRun(ResultSet rs, int n) throws SQLException {
        ReportIdentity identity = new ReportIdentity(rs.getString("server_id"), rs.getString("server_name"),
                rs.getString("backup_name"), rs.getString("backup_id"));
        RunLog log = new RunLog(json.readValue(rs.getString("messages"), STRINGS),
                json.readValue(rs.getString("warnings"), STRINGS), json.readValue(rs.getString("errors"), STRINGS));
        Operation operation = Operation.of(rs.getString("operation")).orElseThrow();
        BackupRun run = new BackupRun(identity, rs.getString("status"), rs.getString("parsed_result"),
                operation.label(), rs.getString("version"), instant(rs, "begin_time"), instant(rs, "end_time"),
                rs.getDouble("duration_seconds"), FileCounters.NONE, false, false, false,
                rs.getLong("messages_count"), rs.getLong("warnings_count"), rs.getLong("errors_count"),
                BackendStatistics.NONE, log, List.of(), json.readValue(rs.getString("extra"), TEXTS));
        return new StoredOperationRun(rs.getLong("id"), rs.getLong("job_id"), RunSource.valueOf(rs.getString("source")),
                instant(rs, "received_at"), new OperationRun(operation, run, json.readValue(rs.getString("figures"), TEXTS)));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
