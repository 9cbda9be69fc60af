package io.dupliwatch.collect;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * A job's schedule as Duplicati stores it (reference section 6.3).
 *
 * @param repeat          interval in Duplicati's syntax, e.g. {@code 1D}, {@code 1W}, {@code 2D12h}
 * @param allowedWeekDays days a run may start on; all seven when the rule names none
 * @param time            next scheduled start (UTC); may lie in the past
 * @param lastRun         start of the last scheduler-started run, {@code null} if the scheduler never started one
 */
record DuplicatiSchedule(String repeat, Set<DayOfWeek> allowedWeekDays, Instant time, Instant lastRun) {

    private static final String WEEKDAYS_RULE = "AllowedWeekDays=";

    DuplicatiSchedule {
        allowedWeekDays = Set.copyOf(allowedWeekDays);
    }

    /** {@code null} for a job without schedule (JSON {@code null}) or one without a usable interval. */
    static DuplicatiSchedule fromJson(JsonNode node) {
        String repeat = DuplicatiJson.text(node.path("Repeat"));
        if (!node.isObject() || repeat == null || repeat.isBlank()) {
            return null;
        }
        return new DuplicatiSchedule(repeat.strip(), weekDays(DuplicatiJson.text(node.path("Rule"))),
                DuplicatiJson.instant(node.path("Time")), DuplicatiJson.instant(node.path("LastRun")));
    }

    /** {@code Rule} is {@code ;}-separated; {@code AllowedWeekDays=Monday,Friday} holds English day names. */
    static Set<DayOfWeek> weekDays(String rule) {
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (rule != null) {
            for (String part : rule.split(";")) {
                String trimmed = part.strip();
                if (trimmed.regionMatches(true, 0, WEEKDAYS_RULE, 0, WEEKDAYS_RULE.length())) {
                    for (String day : trimmed.substring(WEEKDAYS_RULE.length()).split(",")) {
                        for (DayOfWeek candidate : DayOfWeek.values()) {
                            if (candidate.name().equalsIgnoreCase(day.strip())) {
                                days.add(candidate);
                            }
                        }
                    }
                }
            }
        }
        return days.isEmpty() ? EnumSet.allOf(DayOfWeek.class) : days;
    }
}
