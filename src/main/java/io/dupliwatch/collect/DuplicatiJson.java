package io.dupliwatch.collect;

import java.time.Instant;

import io.dupliwatch.report.DuplicatiTimestamps;
import tools.jackson.databind.JsonNode;

/** Reading Duplicati's API values leniently: fields may be absent, null or of another type across versions. */
final class DuplicatiJson {

    private DuplicatiJson() {
    }

    /** The string value, or {@code null} when missing, null or not a string. */
    static String text(JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }

    /** A .NET date; {@code null} when absent, unparsable, or Duplicati's "never" ({@code 0001-01-01T00:00:00}). */
    static Instant instant(JsonNode node) {
        try {
            return DuplicatiTimestamps.parse(text(node));
        }
        catch (IllegalArgumentException notADate) {
            return null;
        }
    }
}
