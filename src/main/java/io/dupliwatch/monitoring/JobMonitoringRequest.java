package io.dupliwatch.monitoring;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.dupliwatch.report.Operation;

/**
 * A job's monitoring settings as sent by clients. Missing {@code enabled} means enabled, missing {@code weekdays}
 * every day, missing {@code timeOfDay}/{@code window} no anchor, missing {@code tolerance} the global tolerance.
 *
 * @param jobId     required in bulk updates, optional (but must match) in single ones
 * @param interval  Duplicati repeat grammar: {@code 1D}, {@code 12h}, {@code 1W}, {@code 1D2h30m}
 * @param weekdays  {@code MONDAY}…{@code SUNDAY} or {@code MON}…{@code SUN}
 * @param timeOfDay {@code HH:mm}
 * @param tolerance interval grammar without months or years, {@code 0} for none
 * @param operationIntervals how often an operation must succeed, by Duplicati name: {@code {"Test": "1M",
 *                           "Restore": "3M"}} ({@code Restore} is met by a {@code RestoreTest} too); missing for none
 */
record JobMonitoringRequest(Long jobId,
                            Boolean enabled,
                            String interval,
                            List<String> weekdays,
                            String timeOfDay,
                            Window window,
                            String tolerance,
                            Map<String, String> operationIntervals) {

    private static final String EXPECTABLE = Arrays.stream(Operation.values()).filter(op -> op != Operation.BACKUP)
            .map(Operation::label).collect(Collectors.joining(", "));

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
                        "A window needs both a start and an end (HH:mm)", "problem.schedule.halfWindow");
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
                schedule.tolerance() == null ? null : Interval.format(schedule.tolerance()),
                labelled(job.operationIntervals()));
    }

    /** The intervals by Duplicati operation name, as clients send and read them. */
    static Map<String, String> labelled(Map<Operation, Interval> intervals) {
        Map<String, String> labelled = new LinkedHashMap<>();
        intervals.forEach((operation, interval) -> labelled.put(operation.label(), interval.toString()));
        return labelled;
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
        return new JobSettings(enabled == null || enabled, schedule, parsedOperationIntervals());
    }

    private Map<Operation, Interval> parsedOperationIntervals() {
        Map<Operation, Interval> parsed = new EnumMap<>(Operation.class);
        if (operationIntervals == null) {
            return parsed;
        }
        for (Map.Entry<String, String> entry : operationIntervals.entrySet()) {
            Operation operation = Operation.of(entry.getKey()).filter(op -> op != Operation.BACKUP)
                    .orElseThrow(() -> new InvalidScheduleException("operationIntervals", "Unknown operation '%s': use %s"
                            .formatted(entry.getKey(), EXPECTABLE)));
            if (entry.getValue() != null) {
                parsed.put(operation, InvalidScheduleException.parsing("operationIntervals." + operation.label(),
                        () -> Interval.parse(entry.getValue())));
            }
        }
        return parsed;
    }

    private static LocalTime time(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        }
        catch (DateTimeParseException e) {
            throw new InvalidScheduleException(field, "Invalid time '%s': use HH:mm, e.g. 02:30".formatted(text),
                    "problem.schedule.invalidTime", text);
        }
    }
}
