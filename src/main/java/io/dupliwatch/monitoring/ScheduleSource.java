package io.dupliwatch.monitoring;

import java.util.Locale;

/** Where a job's schedule came from; a {@code USER} schedule is never replaced automatically. */
public enum ScheduleSource {
    /** The defaults given to a new job: every day, all weekdays. */
    DEFAULT,
    /** A suggestion learned from the job's history, accepted by the user. */
    INFERRED,
    /** Read from the Duplicati server's own schedule. */
    DUPLICATI,
    /** Set by the user. */
    USER;

    /** The lower-case name used in the database and in JSON. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ScheduleSource fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
