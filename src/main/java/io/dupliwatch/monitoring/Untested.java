package io.dupliwatch.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.dupliwatch.report.Operation;
import io.dupliwatch.report.OperationState;

/**
 * The untested rule: an expected operation is missing when the job never had a successful run of it, or when its
 * newest one plus the interval and the tolerance is past. A {@code RestoreTest} counts as a {@code Restore}.
 * Jobs whose monitoring is off expect nothing.
 */
final class Untested {

    private Untested() {
    }

    /** The job's missing operations, read in its server's zone (else the global one) with the tolerance in force. */
    static List<Operation> of(MonitoredJob job, List<OperationState> states, GlobalMonitoringSettings global,
                              Instant now) {
        return of(job.settings(), states, job.schedule().effectiveTolerance(global.tolerance()), job.zone(global.timeZone()),
                now);
    }

    /** @return the expected operations that are missing, in {@link Operation} order; empty when none */
    static List<Operation> of(JobSettings settings, List<OperationState> states, Duration tolerance, ZoneId zone,
                              Instant now) {
        List<Operation> untested = new ArrayList<>();
        if (!settings.enabled()) {
            return untested;
        }
        for (Map.Entry<Operation, Interval> expected : settings.operationIntervals().entrySet()) {
            Instant lastSuccess = states.stream()
                    .filter(state -> state.operation().satisfies(expected.getKey()))
                    .map(OperationState::lastSuccess).filter(Objects::nonNull)
                    .max(Instant::compareTo).orElse(null);
            if (lastSuccess == null
                    || expected.getValue().addTo(lastSuccess.atZone(zone)).toInstant().plus(tolerance).isBefore(now)) {
                untested.add(expected.getKey());
            }
        }
        return untested;
    }
}
