package io.dupliwatch.monitoring;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/** How often an overdue job is announced again while it stays overdue. */
public enum ReminderFrequency {
    ONCE(null),
    DAILY("1D"),
    WEEKLY("1W"),
    /** One calendar month in the configured zone. */
    MONTHLY("1M");

    private final Interval interval;

    ReminderFrequency(String interval) {
        this.interval = interval == null ? null : Interval.parse(interval);
    }

    /** When the next reminder is due after an alert, or empty for {@link #ONCE}. */
    public Optional<Instant> nextReminder(Instant lastAlert, ZoneId zone) {
        return Optional.ofNullable(interval).map(i -> i.addTo(lastAlert.atZone(zone)).toInstant());
    }

    /** The lower-case name used in the database and in JSON. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReminderFrequency fromCode(String code) {
        for (ReminderFrequency frequency : values()) {
            if (frequency.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return frequency;
            }
        }
        throw new IllegalArgumentException("Unknown reminder frequency '%s' (use once, daily, weekly or monthly)".formatted(code));
    }
}
