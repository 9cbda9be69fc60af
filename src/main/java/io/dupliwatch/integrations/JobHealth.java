package io.dupliwatch.integrations;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.dupliwatch.monitoring.HealthStatus;
import io.dupliwatch.report.JobState;
import io.dupliwatch.report.Operation;
import io.dupliwatch.report.OperationState;

/**
 * A job's per-job state with its verdict for monitors.
 *
 * @param up           what a pull monitor should see: 200 / heartbeat "up" / Home Assistant problem off
 * @param nextExpected when the next run is expected, {@code null} when unknown
 * @param reason       one sentence saying why, for people reading a monitor's message
 * @param timeZone     the zone the job's schedule is read in, {@code null} for a job monitoring has not seen yet
 * @param operations   the job's newest run of each operation it ran (backups included)
 * @param untested     expected operations that are missing or too old
 * @param expected     operations the job is expected to run besides backups
 * @param reduced      the newest backup came as a reduced report (ids and counts, no texts)
 */
public record JobHealth(JobState job, HealthStatus status, boolean up, boolean overdue, Instant nextExpected,
                        String reason, ZoneId timeZone, List<OperationState> operations, List<Operation> untested,
                        Set<Operation> expected, boolean reduced) {

    public JobHealth {
        operations = List.copyOf(operations);
        untested = List.copyOf(untested);
        expected = Set.copyOf(expected);
    }

    /** The newest run of {@code operation}, empty when the job never ran one. */
    public Optional<OperationState> operation(Operation operation) {
        return operations.stream().filter(state -> state.operation() == operation).findFirst();
    }
}
