package io.dupliwatch.report;

import java.time.Instant;

/**
 * The figures of one run that lists, history strips and tooltips show; read without its log or raw report.
 *
 * @param fileCount   files examined at the source
 * @param fileSize    bytes examined at the source
 * @param storageSize bytes at the destination after the run ({@code KnownFileSize})
 * @param versions    backup versions at the destination after the run ({@code BackupListCount})
 */
public record RunSummary(long runId,
                         long jobId,
                         String backupName,
                         String status,
                         Instant beginTime,
                         double durationSeconds,
                         long fileCount,
                         long fileSize,
                         long uploadedSize,
                         long storageSize,
                         long versions,
                         long warnings,
                         long errors) {
}
