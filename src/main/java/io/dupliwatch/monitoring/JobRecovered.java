package io.dupliwatch.monitoring;

/**
 * The first good run (Success or Warning) after a failed run or after an overdue period, or the pushed restore or
 * verification that ends an untested period. Published inside the transaction that stored the run, only for pushed
 * runs.
 *
 * @param runId the backup run, or for {@link Reason#AFTER_UNTESTED} the operation run
 */
public record JobRecovered(long jobId,
                           long runId,
                           String serverId,
                           String serverName,
                           String backupName,
                           Reason reason) {

    public enum Reason { AFTER_FAILURE, AFTER_OVERDUE, AFTER_UNTESTED }
}
