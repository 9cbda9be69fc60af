package io.dupliwatch.report;

import java.time.Instant;

/**
 * A job's current state, read from per-job columns and its newest run (never by scanning runs).
 *
 * @param latest          the newest run, {@code null} when the job has none
 * @param lastSuccessTime begin time of the newest Success or Warning run, {@code null} when none
 * @param nextExpectedAt  the next run monitoring expects, {@code null} until monitoring has computed it
 */
public record JobOverview(long jobId,
                          String serverId,
                          String backupName,
                          long runCount,
                          long uploadedTotal,
                          RunSummary latest,
                          Instant lastSuccessTime,
                          Instant nextExpectedAt) {
}
