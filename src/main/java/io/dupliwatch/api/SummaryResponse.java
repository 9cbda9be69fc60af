package io.dupliwatch.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code GET /api/summary}: always these eight keys. */
record SummaryResponse(long totalServers,
                       long totalBackupsRuns,
                       long totalBackups,
                       long totalUploadedSize,
                       long totalStorageUsed,
                       long totalBackupSize,
                       long overdueBackupsCount,
                       @JsonInclude(JsonInclude.Include.ALWAYS) Long secondsSinceLastBackup) {
}
