package io.dupliwatch.report;

import java.time.Instant;

/**
 * A job and the figures of its newest run, read from per-job state (the job row and its newest run by key), so
 * that listing every job costs O(jobs) whatever the history holds.
 *
 * @param serverAlias       the alias set by a user, empty when none
 * @param latestStatus      status of the newest run ({@code Success}, {@code Warning}, {@code Error}, {@code Fatal}...),
 *                          {@code null} before the first run
 * @param latestBeginTime   begin time of the newest run, {@code null} before the first run
 * @param lastSuccessTime   begin time of the newest Success or Warning run, {@code null} when there was none
 * @param examinedBytes     size of the source files the newest run examined
 * @param uploadedBytes     bytes the newest run uploaded
 * @param storageUsedBytes  size of the backup at the destination after the newest run
 * @param versions          backup versions kept at the destination after the newest run
 * @param archived          the job or its server is archived: hidden from lists and overdue checks
 */
public record JobState(long jobId,
                       String serverId,
                       String serverName,
                       String serverAlias,
                       String backupName,
                       String backupId,
                       long runCount,
                       String latestStatus,
                       Instant latestBeginTime,
                       Instant lastSuccessTime,
                       double durationSeconds,
                       long examinedBytes,
                       long uploadedBytes,
                       long storageUsedBytes,
                       long versions,
                       long warnings,
                       long errors,
                       boolean archived) {

    /** The alias when one is set, else the Duplicati machine name. */
    public String serverDisplayName() {
        return serverAlias == null || serverAlias.isBlank() ? serverName : serverAlias;
    }
}
