package io.dupliwatch.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Which jobs are overdue. Until per-job schedules exist every job is expected daily with a 2 h tolerance;
 * the check reads per-job state, so its cost grows with jobs, not runs.
 */
@Service
public class OverdueBoard {

    private static final Duration DEFAULT_INTERVAL = Duration.ofDays(1);
    private static final Duration DEFAULT_TOLERANCE = Duration.ofHours(2);

    private final JdbcClient jdbc;
    private final Clock clock;

    OverdueBoard(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long countOverdue() {
        long latestAllowedStart = clock.millis() - DEFAULT_INTERVAL.plus(DEFAULT_TOLERANCE).toMillis();
        return jdbc.sql("SELECT COUNT(*) FROM jobs WHERE latest_begin_time < :limit")
                .param("limit", latestAllowedStart).query(Long.class).single();
    }

    /** The deadline of every job that has a run, by job id (one read of per-job state). */
    public Map<Long, JobDeadline> deadlines() {
        Instant now = clock.instant();
        Map<Long, JobDeadline> deadlines = new LinkedHashMap<>();
        jdbc.sql("SELECT id, latest_begin_time FROM jobs WHERE latest_begin_time IS NOT NULL")
                .query((rs, n) -> deadline(rs.getLong("id"), Instant.ofEpochMilli(rs.getLong("latest_begin_time")), now))
                .list()
                .forEach(deadline -> deadlines.put(deadline.jobId(), deadline));
        return deadlines;
    }

    /** The job's deadline, empty for an unknown job or one without runs. */
    public Optional<JobDeadline> deadline(long jobId) {
        return jdbc.sql("SELECT latest_begin_time FROM jobs WHERE id = :id AND latest_begin_time IS NOT NULL")
                .param("id", jobId).query(Long.class).optional()
                .map(begin -> deadline(jobId, Instant.ofEpochMilli(begin), clock.instant()));
    }

    private static JobDeadline deadline(long jobId, Instant latestBegin, Instant now) {
        Instant expected = latestBegin.plus(DEFAULT_INTERVAL);
        return new JobDeadline(jobId, expected, now.isAfter(expected.plus(DEFAULT_TOLERANCE)));
    }
}
