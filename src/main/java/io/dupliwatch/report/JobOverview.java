package io.dupliwatch.report;

/**
 * A job's current state, read from per-job columns and its newest run (never by scanning runs).
 *
 * @param latest the newest run, {@code null} when the job has none
 */
public record JobOverview(long jobId,
                          String serverId,
                          String backupName,
                          long runCount,
                          long uploadedTotal,
                          RunSummary latest) {
}
