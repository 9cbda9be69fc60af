package io.dupliwatch.report;

import java.time.Instant;

/** A Duplicati machine, keyed by its machine-id. */
public record Server(String id, String name, String alias, String note, Instant createdAt) {
}
