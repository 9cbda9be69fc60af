package io.dupliwatch.report;

import java.time.Instant;

/**
 * A job's newest run of one operation.
 *
 * @param lastStatus  status of the newest run ({@code null} when none)
 * @param lastRun     begin time of the newest run ({@code null} when none)
 * @param lastSuccess begin time of the newest Success or Warning run ({@code null} when none)
 * @param reduced     the newest run came as a reduced report
 */
public record OperationState(Operation operation, String lastStatus, Instant lastRun, Instant lastSuccess,
                             boolean reduced) {
}
