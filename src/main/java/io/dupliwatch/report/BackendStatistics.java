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
}
