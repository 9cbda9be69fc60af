package io.dupliwatch.report;

import java.time.Instant;

/**
 * Published inside the transaction that stored a run of an operation other than a backup (which publishes
 * {@link RunRecorded}).
 *
 * @param newest whether this run is now the job's newest of its operation
 */
public record OperationRecorded(long operationRunId,
                                long jobId,
                                String serverId,
                                String serverName,
                                String backupName,
                                Operation operation,
                                String status,
                                Instant beginTime,
                                RunSource source,
                                boolean newest,
                                OperationRun run) {
}
