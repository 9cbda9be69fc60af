package io.dupliwatch.notify;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.dupliwatch.monitoring.JobRecovered;

/**
 * What a notification says, captured when the event happens and stored with it in the outbox, so that a
 * retry hours later still describes the run as it was. Fields not relevant to the event kind are null.
 * Rendered into text by {@link MessageRenderer}; posted as-is by the webhook channel.
 *
 * @param operation the operation of an {@code operation_failed} event ({@code Restore}...), or the missing ones of
 *                  an {@code untested} event ({@code Restore, Test})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record EventFacts(EventKind event,
                  long jobId,
                  String serverId,
                  String serverName,
                  String serverAlias,
                  String serverNote,
                  String backupName,
                  Long runId,
                  String status,
                  Instant backupDate,
                  Double durationSeconds,
                  Long fileCount,
                  Long fileSize,
                  Long uploadedSize,
                  Long storageSize,
                  Long availableVersions,
                  Long messagesCount,
                  Long warningsCount,
                  Long errorsCount,
                  String logText,
                  Instant lastBackupDate,
                  Instant expectedDate,
                  Long toleranceSeconds,
                  String backupInterval,
                  JobRecovered.Reason recovery,
                  Boolean reminder,
                  String operation) {

    boolean isRun() {
        return event == EventKind.SUCCESS || event == EventKind.WARNING || event == EventKind.ERROR;
    }
}
