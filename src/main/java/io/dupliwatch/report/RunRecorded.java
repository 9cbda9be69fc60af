package io.dupliwatch.report;

import java.time.Instant;

/**
 * Published inside the transaction that stored a run, so that listeners which write rows (outbox,
 * monitoring state) commit or roll back with it. Listeners that talk to the outside world must use
 * {@code @TransactionalEventListener(phase = AFTER_COMMIT)}.
 *
 * @param previousStatus status of the job's newest run before this one, {@code null} for a new job
 * @param newest         whether this run is now the job's newest (an older, collected run is not)
 * @param run            the run as stored, so that listeners need not read it back
 */
public record RunRecorded(long runId,
                          long jobId,
                          String serverId,
                          String serverName,
                          String backupName,
                          String status,
                          Instant beginTime,
                          RunSource source,
                          String previousStatus,
                          boolean newest,
                          BackupRun run) {
}
