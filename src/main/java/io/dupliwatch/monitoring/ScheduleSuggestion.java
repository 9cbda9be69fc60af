package io.dupliwatch.monitoring;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Set;

/**
 * A schedule learned from a job's history.
 *
 * @param timeOfDay    {@code null} for intervals shorter than a day or when start times are scattered
 * @param confidence   0–1: the share of consecutive runs the schedule predicts, scaled down for short histories
 * @param runsAnalysed how many start times were used
 */
public record ScheduleSuggestion(Interval interval,
                                 Set<DayOfWeek> weekdays,
                                 LocalTime timeOfDay,
                                 double confidence,
                                 int runsAnalysed) {

    /** The suggested schedule, keeping the job's own tolerance ({@code null} inherits the global one). */
    public JobSchedule toSchedule(Duration tolerance) {
        return new JobSchedule(interval, weekdays, timeOfDay, null, tolerance);
    }
}
