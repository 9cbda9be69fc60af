package io.dupliwatch.monitoring;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * When a job is expected to run, evaluated in the configured time zone.
 * <ul>
 * <li>Without {@code timeOfDay} or {@code window} the next run is expected one {@code interval} after the newest
 * run, moved to an allowed weekday.</li>
 * <li>{@code timeOfDay} anchors the slots: a daily 02:00 job is expected at 02:00 whatever time a manual run had.
 * Intervals shorter than a day restart from it every day (6h from 00:30: 00:30, 06:30, 12:30, 18:30).</li>
 * <li>{@code window} (e.g. 01:00–06:00) says the job runs somewhere in those hours: for intervals of a day or more
 * the run is due by the end of the window; shorter intervals run from the window start while inside it.</li>
 * </ul>
 * Weekdays are those of the day a slot (or window) starts on.
 *
 * @param tolerance grace period after the expected time, {@code null} to inherit the global one
 */
public record JobSchedule(Interval interval, Set<DayOfWeek> weekdays, LocalTime timeOfDay, TimeWindow window,
                          Duration tolerance) {

    public static final Set<DayOfWeek> ALL_DAYS = Collections.unmodifiableSet(EnumSet.allOf(DayOfWeek.class));
    public static final JobSchedule DEFAULT = new JobSchedule(Interval.parse("1D"), ALL_DAYS, null, null, null);

    public JobSchedule {
        if (interval == null) {
            throw new InvalidScheduleException("interval", "Interval is required (e.g. 1D, 12h, 1W)",
                    "problem.schedule.intervalRequired");
        }
        if (weekdays == null || weekdays.isEmpty()) {
            throw new InvalidScheduleException("weekdays", "At least one weekday must be allowed",
                    "problem.schedule.noWeekday");
        }
        weekdays = Collections.unmodifiableSet(EnumSet.copyOf(weekdays));
        if (timeOfDay != null && window != null) {
            throw new InvalidScheduleException("timeOfDay", "Set either a time of day or a window, not both",
                    "problem.schedule.timeAndWindow");
        }
        if ((timeOfDay != null || window != null) && interval.isDayBased() && interval.hasTimePart()) {
            throw new InvalidScheduleException(timeOfDay != null ? "timeOfDay" : "window",
                    "An interval mixing days and hours (%s) cannot be anchored to a time of day or window".formatted(interval));
        }
        if (tolerance != null && tolerance.isNegative()) {
            throw new InvalidScheduleException("tolerance", "Tolerance must not be negative",
                    "problem.schedule.negativeTolerance");
        }
    }

    /** The local time the slots start from: the time of day, else the window start, else none. */
    public LocalTime anchor() {
        return timeOfDay != null ? timeOfDay : window != null ? window.start() : null;
    }

    public boolean allows(DayOfWeek day) {
        return weekdays.contains(day);
    }

    public Duration effectiveTolerance(Duration globalTolerance) {
        return tolerance != null ? tolerance : globalTolerance;
    }

    /** Accepts English day names or their first three letters in any case: {@code Monday}, {@code MON}, {@code mon}. */
    public static DayOfWeek weekday(String name) {
        String key = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().equals(key) || day.name().substring(0, 3).equals(key)) {
                return day;
            }
        }
        throw new InvalidScheduleException("weekdays",
                "Unknown weekday '%s' (use MONDAY…SUNDAY or MON…SUN)".formatted(name), "problem.schedule.unknownWeekday", name);
    }
}
