package io.dupliwatch.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.dupliwatch.report.BackupRun;
import io.dupliwatch.report.StoredRun;

/** One run in the external API, with duplistatus's keys, in its order. */
record BackupJson(String id,
                  @JsonProperty("server_id") String serverId,
                  String name,
                  String date,
                  String status,
                  long warnings,
                  long errors,
                  long messages,
                  long fileCount,
                  long fileSize,
                  long uploadedSize,
                  String duration,
                  @JsonProperty("duration_seconds") Number durationSeconds,
                  Number durationInMinutes,
                  long knownFileSize,
                  @JsonProperty("backup_list_count") long backupListCount,
                  @JsonProperty("messages_array") List<String> messagesArray,
                  @JsonProperty("warnings_array") List<String> warningsArray,
                  @JsonProperty("errors_array") List<String> errorsArray,
                  @JsonProperty("available_backups") List<String> availableBackups) {

    static BackupJson of(StoredRun stored) {
        BackupRun run = stored.run();
        return new BackupJson(Long.toString(stored.id()), run.identity().machineId(), run.identity().backupName(),
                ApiTime.iso(run.beginTime()), run.status(), run.warningsCount(), run.errorsCount(),
                run.messagesCount(), run.files().examinedFiles(), run.files().sizeOfExaminedFiles(),
                run.backend().bytesUploaded(), ApiTime.hours(run.durationSeconds()), ApiTime.number(run.durationSeconds()),
                ApiTime.number(run.durationSeconds() / 60), run.backend().knownFileSize(), run.backend().backupListCount(),
                run.log().messages(), run.log().warnings(), run.log().errors(),
                run.availableBackups().stream().map(ApiTime::iso).toList());
    }
}
