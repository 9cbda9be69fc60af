package io.dupliwatch.report;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Reads the ISO dates Duplicati writes: 0–7 fraction digits, {@code Z} or an offset, or no suffix at all. */
public final class DuplicatiTimestamps {

    /** The range of .NET's {@code DateTime}: nothing outside it comes from Duplicati. */
    private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999Z");

    private DuplicatiTimestamps() {
    }

    /**
     * @return the instant truncated to milliseconds, or {@code null} for blank text and Duplicati's "unset"
     *         value {@code 0001-01-01T00:00:00}
     * @throws IllegalArgumentException when the text is not a date, or one outside .NET's years 1 to 9999
     */
    public static Instant parse(String text) {
        if (text == null || text.isBlank() || text.startsWith("0001-01-01")) {
            return null;
        }
        Instant instant = read(text);
        if (instant.isBefore(FIRST) || instant.isAfter(LAST)) {
            throw new IllegalArgumentException("not a date between years 1 and 9999: " + text);
        }
        return instant;
    }

    private static Instant read(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.MILLIS);
        }
        catch (DateTimeParseException withoutOffset) {
            try {
                // A value without offset has kind "unspecified"; UTC is the only sensible reading on this side.
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
            }
            catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not a date: " + text, e);
            }
        }
    }
}
