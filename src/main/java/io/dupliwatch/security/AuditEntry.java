package io.dupliwatch.security;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * One security-relevant action: who did what to which target, when, from where, and whether it worked.
 *
 * @param actor   user name, {@code token:<name>}, {@code anonymous}, {@code system} or {@code cli}
 * @param target  what was acted on ({@code user:alice}, {@code token:7}, {@code server:<id>}...), may be null
 * @param details a JSON object (secrets redacted)
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String target, Outcome outcome,
                         String clientIp, String userAgent, @JsonRawValue String details) {

    public enum Outcome {
        SUCCESS, FAILURE;

        @JsonValue
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
