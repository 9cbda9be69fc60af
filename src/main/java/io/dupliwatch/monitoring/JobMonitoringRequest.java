package io.dupliwatch.monitoring;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A job's monitoring settings as sent by clients. Missing {@code enabled} means enabled, missing {@code weekdays}
 * every day, missing {@code timeOfDay}/{@code window} no anchor, missing {@code tolerance} the global tolerance.
 *
 * @param jobId     required in bulk updates, optional (but must match) in single ones
 * @param interval  Duplicati repeat grammar: {@code 1D}, {@code 12h}, {@code 1W}, {@code 1D2h30m}
 * @param weekdays  {@code MONDAY}…{@code SUNDAY} or {@code MON}…{@code SUN}
 * @param timeOfDay {@code HH:mm}
 * @param tolerance interval grammar without months or years, {@code 0} for none
 */
record JobMonitoringRequest(Long jobId,
                            Boolean enabled,
                            String interval,
                            List<String> weekdays,
                            String timeOfDay,
                            Window window,
                            String tolerance) {

    /** Local hours {@code HH:mm}; an end before the start crosses midnight. */
    record Window(String start, String end) {

        static Window of(TimeWindow window) {
            return window == null ? null : new Window(window.start().toString(), window.end().toString());
        }

        TimeWindow toTimeWindow() {
            LocalTime from = time("window.start", start);
            LocalTime to = time("window.end", end);
            if (from == null || to == null) {
                throw new InvalidScheduleException(from == null ? "window.start" : "window.end",
                        "A window needs both a start and an end (HH:mm)");
            }
            return InvalidScheduleException.parsing("window", () -> new TimeWindow(from, to));
        }
    }

    /** What a {@code PUT} would send to keep the job as it is. */
    static JobMonitoringRequest of(JobMonitoringView job) {
        JobSchedule schedule = job.schedule();
        return new JobMonitoringRequest(job.jobId(), job.enabled(), schedule.interval().toString(),
                schedule.weekdays().stream().sorted().map(DayOfWeek::name).toList(),
                schedule.timeOfDay() == null ? null : schedule.timeOfDay().toString(), Window.of(schedule.window()),
                schedule.tolerance() == null ? null : Interval.format(schedule.tolerance()));
    }

    JobSettings toSettings() {
        Interval parsedInterval = InvalidScheduleException.parsing("interval", () -> Interval.parse(interval));
        Set<DayOfWeek> days = JobSchedule.ALL_DAYS;
        if (weekdays != null) {
            days = EnumSet.noneOf(DayOfWeek.class);
            for (String day : weekdays) {
                days.add(JobSchedule.weekday(day));
            }
        }
        Duration parsedTolerance = tolerance == null ? null
                : InvalidScheduleException.parsing("tolerance", () -> Interval.parseDuration(tolerance));
        JobSchedule schedule = new JobSchedule(parsedInterval, days, time("timeOfDay", timeOfDay),
                window == null ? null : window.toTimeWindow(), parsedTolerance);
        return new JobSettings(enabled == null || enabled, schedule);
    }

    private static LocalTime time(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        }
        catch (DateTimeParseException e) {
            throw new InvalidScheduleException(field, "Invalid time '%s': use HH:mm, e.g. 02:30".formatted(text));
        }
    }
}
