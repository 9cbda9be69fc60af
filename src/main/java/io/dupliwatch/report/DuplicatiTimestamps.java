package io.dupliwatch.report;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Reads the ISO dates Duplicati writes: 0–7 fraction digits, {@code Z} or an offset, or no suffix at all. */
public final class DuplicatiTimestamps {

    private DuplicatiTimestamps() {
    }

    /**
     * @return the instant truncated to milliseconds, or {@code null} for blank text and Duplicati's "unset"
     *         value {@code 0001-01-01T00:00:00}
     * @throws IllegalArgumentException when the text is not a date
     */
    public static Instant parse(String text) {
        if (text == null || text.isBlank() || text.startsWith("0001-01-01")) {
            return null;
        }
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
