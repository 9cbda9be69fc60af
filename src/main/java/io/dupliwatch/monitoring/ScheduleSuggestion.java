package io.dupliwatch.monitoring;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * A schedule learned from a job's history.
 *
 * @param timeOfDay    {@code null} for intervals shorter than a day or when start times are scattered
 * @param confidence   0–1: the share of consecutive runs the schedule predicts, scaled down for short histories
 * @param runsAnalysed how many start times were used
 * @param timeZone     a zone for a server without one, matching the UTC offsets of its log lines (the time of day
 *                     is read in it); {@code null} when the server has a zone or its logs tell none
 */
public record ScheduleSuggestion(Interval interval,
                                 Set<DayOfWeek> weekdays,
                                 LocalTime timeOfDay,
                                 double confidence,
                                 int runsAnalysed,
                                 ZoneId timeZone) {

    ScheduleSuggestion withTimeZone(ZoneId zone) {
        return new ScheduleSuggestion(interval, weekdays, timeOfDay, confidence, runsAnalysed, zone);
    }

    /** The suggested schedule, keeping the job's own tolerance ({@code null} inherits the global one). */
    public JobSchedule toSchedule(Duration tolerance) {
        return new JobSchedule(interval, weekdays, timeOfDay, null, tolerance);
    }
}
