package io.dupliwatch.report;

import java.time.Instant;

/** The destination side of a run ({@code Data.BackendStatistics}). */
public record BackendStatistics(long bytesUploaded,
                                long bytesDownloaded,
                                long filesUploaded,
                                long filesDownloaded,
                                long filesDeleted,
                                long remoteCalls,
                                long retryAttempts,
                                long knownFileCount,
                                long knownFileSize,
                                long backupListCount,
                                Instant lastBackupDate,
                                long totalQuotaSpace,
                                long freeQuotaSpace,
                                boolean reportedQuotaError,
                                boolean reportedQuotaWarning,
                                String mainOperation,
                                String parsedResult,
                                boolean interrupted,
                                String version,
                                Instant beginTime,
                                String duration,
                                long warningsCount,
                                long errorsCount) {

    /** Operations other than backups keep no destination statistics. */
    public static final BackendStatistics NONE = new BackendStatistics(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, 0, 0,
            false, false, null, null, false, null, null, null, 0, 0);
}
