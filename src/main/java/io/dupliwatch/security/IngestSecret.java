package io.dupliwatch.security;

import java.time.Instant;

/** Which server has an ingest secret, without the secret. */
public record IngestSecret(String serverId, Instant createdAt, String createdBy) {
}
