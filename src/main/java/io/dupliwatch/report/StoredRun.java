package io.dupliwatch.report;

import java.time.Instant;

/** A run as read back from the database, with the keys Dupliwatch gave it. */
public record StoredRun(long id, long jobId, RunSource source, Instant receivedAt, BackupRun run) {
}
