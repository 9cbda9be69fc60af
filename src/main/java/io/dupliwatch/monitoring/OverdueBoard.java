package io.dupliwatch.monitoring;

import java.time.Clock;
import java.time.Duration;

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
}
