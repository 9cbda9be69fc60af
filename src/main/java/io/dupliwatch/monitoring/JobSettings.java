package io.dupliwatch.monitoring;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import io.dupliwatch.report.Operation;

/**
 * A job's monitoring switch, schedule and expected operations.
 *
 * @param operationIntervals how often each operation other than a backup must succeed ({@code Test} every
 *                           {@code 1M}, {@code Restore} every {@code 3M}); empty when none is expected
 */
public record JobSettings(boolean enabled, JobSchedule schedule, Map<Operation, Interval> operationIntervals) {

    public JobSettings {
        Map<Operation, Interval> ordered = new EnumMap<>(Operation.class);
        ordered.putAll(operationIntervals);
        operationIntervals = Collections.unmodifiableMap(ordered);
    }

    /** Without expected operations. */
    public JobSettings(boolean enabled, JobSchedule schedule) {
        this(enabled, schedule, Map.of());
    }
}
