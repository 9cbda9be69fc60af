package io.dupliwatch.report;

/** A backup job: one backup name on one server. */
public record JobRef(long id, String serverId, String backupName) {
}
