package io.dupliwatch.api;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The date and duration formats of duplistatus's external API. */
final class ApiTime {

    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private ApiTime() {
    }

    /** {@code 2024-03-20T10:00:00.000Z}, always with milliseconds. */
    static String iso(Instant instant) {
        return instant == null ? null : ISO_MILLIS.format(instant);
    }

    /** A whole number of seconds as an integer ({@code 43200}, not {@code 43200.0}), as JavaScript prints it. */
    static Number number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Number) (long) value : (Number) value;
    }

    /** {@code HH:MM:SS} with total hours, so a 28 h run is {@code 28:12:33}. */
    static String hours(double seconds) {
        long whole = (long) Math.floor(seconds);
        return String.format("%02d:%02d:%02d", whole / 3600, whole % 3600 / 60, whole % 60);
    }
}
