package io.dupliwatch.monitoring;

/**
 * The first good run (Success or Warning) after a failed run or after an overdue period.
 * Published inside the transaction that stored the run, only for pushed runs.
 */
public record JobRecovered(long jobId,
                           long runId,
                           String serverId,
                           String serverName,
                           String backupName,
                           Reason reason) {

    public enum Reason { AFTER_FAILURE, AFTER_OVERDUE }
}
