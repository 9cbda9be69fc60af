package io.dupliwatch.monitoring;

import java.time.Instant;

/**
 * When a job's next run is expected and whether it is late.
 *
 * @param expectedAt the expected start (without tolerance), {@code null} for a job that never ran
 * @param overdue    the expected start plus the tolerance has passed
 */
public record JobExpectation(Instant expectedAt, boolean overdue) {

    public static final JobExpectation NONE = new JobExpectation(null, false);
}
