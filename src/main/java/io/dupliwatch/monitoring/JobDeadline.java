package io.dupliwatch.monitoring;

import java.time.Instant;

/**
 * When a job's next run is expected and whether it is overdue now.
 *
 * @param nextExpectedAt when the next run should start (without tolerance), {@code null} when unknown
 * @param overdue        the expected run plus its tolerance has passed without a run
 */
public record JobDeadline(long jobId, Instant nextExpectedAt, boolean overdue) {
}
