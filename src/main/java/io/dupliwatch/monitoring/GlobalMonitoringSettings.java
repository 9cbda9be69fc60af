package io.dupliwatch.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The monitoring settings in force: saved values, else the property defaults.
 *
 * @param checkInterval zero when the scheduled check is disabled
 * @param lastCheckAt   end of the newest overdue check, {@code null} before the first
 */
public record GlobalMonitoringSettings(Duration tolerance,
                                       Duration checkInterval,
                                       ZoneId timeZone,
                                       ReminderFrequency reminderFrequency,
                                       Instant lastCheckAt) {

    public boolean scheduledCheckEnabled() {
        return !checkInterval.isZero();
    }
}
