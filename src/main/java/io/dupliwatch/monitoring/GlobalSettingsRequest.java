package io.dupliwatch.monitoring;

import java.time.ZoneId;

/**
 * Global monitoring settings as sent by clients; a missing or {@code null} value returns to its default
 * (the {@code dupliwatch.monitoring.*} and {@code dupliwatch.time-zone} properties).
 *
 * @param tolerance         interval grammar without months or years, {@code 0} for none: {@code 2h}
 * @param checkInterval     {@code 0} (disabled) or at least {@code 1m}
 * @param timeZone          IANA zone: {@code Europe/Paris}
 * @param reminderFrequency {@code once}, {@code daily}, {@code weekly} or {@code monthly}
 */
record GlobalSettingsRequest(String tolerance, String checkInterval, String timeZone, String reminderFrequency) {

    GlobalSettingsOverrides toOverrides() {
        return new GlobalSettingsOverrides(
                tolerance == null ? null : InvalidScheduleException.parsing("tolerance", () -> Interval.parseDuration(tolerance)),
                checkInterval == null ? null
                        : InvalidScheduleException.parsing("checkInterval", () -> Interval.parseDuration(checkInterval)),
                timeZone == null ? null : InvalidScheduleException.parsing("timeZone", () -> ZoneId.of(timeZone.strip())),
                reminderFrequency == null ? null
                        : InvalidScheduleException.parsing("reminderFrequency", () -> ReminderFrequency.fromCode(reminderFrequency)));
    }
}
