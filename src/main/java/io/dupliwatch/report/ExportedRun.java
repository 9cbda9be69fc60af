package io.dupliwatch.report;

import java.time.Instant;

/** One run as exported (CSV columns / JSON keys, in this order): the headline figures, no log text. */
public record ExportedRun(long id,
                          String serverId,
                          String serverName,
                          String backupName,
                          String backupId,
                          String status,
                          Instant beginTime,
                          Instant endTime,
                          double durationSeconds,
                          long examinedFiles,
                          long sizeOfExaminedFiles,
                          long addedFiles,
                          long modifiedFiles,
                          long deletedFiles,
                          long uploadedSize,
                          long knownFileSize,
                          long backupListCount,
                          long warnings,
                          long errors,
                          long messages,
                          RunSource source,
                          Instant receivedAt) {
}
