package io.dupliwatch.monitoring;

import java.time.Duration;
import java.time.ZoneId;

/** Saved global settings; a {@code null} component falls back to its property default. */
public record GlobalSettingsOverrides(Duration tolerance,
                                      Duration checkInterval,
                                      ZoneId timeZone,
                                      ReminderFrequency reminderFrequency) {

    static final Duration SHORTEST_CHECK_INTERVAL = Duration.ofMinutes(1);

    public GlobalSettingsOverrides {
        if (tolerance != null && tolerance.isNegative()) {
            throw new InvalidScheduleException("tolerance", "Tolerance must not be negative",
                    "problem.schedule.negativeTolerance");
        }
        if (checkInterval != null && !checkInterval.isZero() && checkInterval.compareTo(SHORTEST_CHECK_INTERVAL) < 0) {
            throw new InvalidScheduleException("checkInterval", "Check interval must be 0 (disabled) or at least 1m",
                    "problem.schedule.checkInterval");
        }
    }
}
