package io.dupliwatch.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code GET /api/lastbackups/:serverId}. */
record LastBackupsResponse(ServerJson server,
                           @JsonProperty("latest_backups") List<BackupJson> latestBackups,
                           @JsonProperty("backup_jobs_count") int backupJobsCount,
                           @JsonProperty("backup_names") List<String> backupNames,
                           int status) {
}
