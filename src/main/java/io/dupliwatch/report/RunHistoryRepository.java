package io.dupliwatch.report;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Run history pages and chart buckets, read through the (server_id, begin_time) and (job_id, begin_time) indexes. */
@Repository
class RunHistoryRepository {

    /** A job's runs in one chart bucket. */
    record BucketRow(long jobId, long bucket, int runs, long uploaded, double duration, long files, long fileSize,
                     long storage, long versions) {
    }

    private final JdbcClient jdbc;

    RunHistoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    RunPage findPage(RunHistoryQuery query) {
        String where = where(query.jobId(), query.status());
        String direction = query.descending() ? " DESC" : " ASC";
        List<RunSummary> runs = bind(jdbc.sql("SELECT " + RunSummaryRows.COLUMNS + """

                  FROM runs r
                  JOIN jobs j ON j.id = r.job_id
                """ + where + " ORDER BY " + query.order().column + direction + ", r.begin_time" + direction
                + ", r.id" + direction + " LIMIT :limit OFFSET :offset"), query.serverId(), query.jobId(), query.status())
                .param("limit", query.pageSize())
                .param("offset", (long) query.page() * query.pageSize())
                .query((rs, n) -> RunSummaryRows.map(rs))
                .list();
        long total = bind(jdbc.sql("SELECT COUNT(*) FROM runs r " + where), query.serverId(), query.jobId(),
                query.status()).query(Long.class).single();
        return new RunPage(runs, total, query.page(), query.pageSize());
    }

    /** The id of the job's run just before (or after) the given begin time. */
    Optional<Long> findAdjacent(long jobId, Instant beginTime, boolean older) {
        return jdbc.sql("SELECT r.id FROM runs r WHERE r.job_id = :jobId AND r.begin_time " + (older ? "<" : ">")
                        + " :begin ORDER BY r.begin_time " + (older ? "DESC" : "ASC") + " LIMIT 1")
                .param("jobId", jobId).param("begin", beginTime.toEpochMilli())
                .query(Long.class).optional();
    }

    Optional<Instant> findFirstRunStart(String serverId, Long jobId) {
        return bind(jdbc.sql("SELECT MIN(r.begin_time) FROM runs r " + where(jobId, null)), serverId, jobId, null)
                .query((rs, n) -> {
                    long millis = rs.getLong(1);
                    return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
                })
                .optional();
    }

    /** Per job and bucket ({@code (begin_time - origin) / bucketMillis}), ordered by bucket. */
    List<BucketRow> findBuckets(String serverId, Long jobId, long origin, long bucketMillis, Instant from, Instant to) {
        String sql = """
                SELECT b.job_id, b.bucket, COUNT(*) AS runs, SUM(b.uploaded_size) AS uploaded,
                       SUM(b.duration_seconds) AS duration, MAX(b.examined_files) AS files,
                       MAX(b.size_of_examined_files) AS file_size, MAX(b.known_file_size) AS storage,
                       MAX(b.backup_list_count) AS versions
                  FROM (SELECT r.job_id, (r.begin_time - :origin) / :bucketMillis AS bucket, r.uploaded_size,
                               r.duration_seconds, r.examined_files, r.size_of_examined_files, r.known_file_size,
                               r.backup_list_count
                          FROM runs r
                """ + where(jobId, null) + """
                           AND r.begin_time >= :from AND r.begin_time < :to) b
                 GROUP BY b.job_id, b.bucket
                 ORDER BY b.bucket, b.job_id
                """;
        List<BucketRow> rows = new ArrayList<>();
        bind(jdbc.sql(sql), serverId, jobId, null)
                .param("origin", origin).param("bucketMillis", bucketMillis)
                .param("from", from.toEpochMilli()).param("to", to.toEpochMilli())
                .query((ResultSet rs) -> {
                    rows.add(new BucketRow(rs.getLong("job_id"), rs.getLong("bucket"), rs.getInt("runs"),
                            rs.getLong("uploaded"), rs.getDouble("duration"), rs.getLong("files"),
                            rs.getLong("file_size"), rs.getLong("storage"), rs.getLong("versions")));
                });
        return rows;
    }

    private static String where(Long jobId, String status) {
        return " WHERE r.server_id = :serverId" + (jobId == null ? "" : " AND r.job_id = :jobId")
                + (status == null ? "" : " AND r.status = :status");
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, String serverId, Long jobId,
                                                 String status) {
        statement = statement.param("serverId", serverId);
        if (jobId != null) {
            statement = statement.param("jobId", jobId);
        }
        if (status != null) {
            statement = statement.param("status", status);
        }
        return statement;
    }
}
