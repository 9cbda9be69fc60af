package io.dupliwatch.integrations;

import java.time.Instant;
import java.time.ZoneId;

import io.dupliwatch.monitoring.HealthStatus;
import io.dupliwatch.report.JobState;

/**
 * A job's per-job state with its verdict for monitors.
 *
 * @param up           what a pull monitor should see: 200 / heartbeat "up" / Home Assistant problem off
 * @param nextExpected when the next run is expected, {@code null} when unknown
 * @param reason       one sentence saying why, for people reading a monitor's message
 * @param timeZone     the zone the job's schedule is read in, {@code null} for a job monitoring has not seen yet
 */
public record JobHealth(JobState job, HealthStatus status, boolean up, boolean overdue, Instant nextExpected,
                        String reason, ZoneId timeZone) {
}
