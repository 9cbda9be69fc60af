package io.dupliwatch.collect;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

import tools.jackson.databind.JsonNode;

/** Duplicati's JSON value conventions (reference section 3.4): strings may be absent or null, .NET dates. */
final class DuplicatiJson {

    private DuplicatiJson() {
    }

    /** The string value, or {@code null} when missing, null or not a string. */
    static String text(JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }

    /**
     * A .NET {@code DateTime}: {@code 2026-08-14T00:00:00Z}, with an offset, or without suffix ("unspecified",
     * read as UTC). {@code 0001-01-01T00:00:00}, Duplicati's "never", and anything unparsable give {@code null}.
     */
    static Instant instant(JsonNode node) {
        String value = text(node);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(value,
                    OffsetDateTime::from, LocalDateTime::from);
            Instant instant = parsed instanceof OffsetDateTime offset
                    ? offset.toInstant()
                    : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
            return instant.isBefore(Instant.EPOCH) ? null : instant;
        }
        catch (DateTimeParseException e) {
            return null;
        }
    }
}
