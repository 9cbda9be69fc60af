package io.dupliwatch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code GET /api/lastbackup/:serverId}. */
record LastBackupResponse(ServerJson server,
                          @JsonInclude(JsonInclude.Include.ALWAYS) @JsonProperty("latest_backup") BackupJson latestBackup,
                          int status) {
}
