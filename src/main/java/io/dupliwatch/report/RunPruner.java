package io.dupliwatch.report;

import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes old runs (retention) and keeps each job's state right: run count and uploaded total are recounted from
 * the runs left. A job's newest run is never deleted, so its latest state, "last backup" and overdue status stay
 * as they were; the time of its last success stays too, even when that run is gone. Runs of the other operations
 * (restores, verifications...) follow the same limits per operation, keeping each operation's newest run and newest
 * successful run (see {@link OperationRepository#prune}).
 */
@Service
public class RunPruner {

    private final PruneRepository prune;
    private final OperationRepository operations;
    private final TransactionTemplate transaction;

    RunPruner(PruneRepository prune, OperationRepository operations, TransactionTemplate transaction) {
        this.prune = prune;
        this.operations = operations;
        this.transaction = transaction;
    }

    /**
     * Applies both limits to every job, one job per transaction so that uploads are never held up for long.
     *
     * @param beganBefore delete runs that began before this instant; {@code null} for no age limit
     * @param keepNewest  keep at most this many runs per job; {@code 0} for no count limit
     * @return how many runs were deleted, backups and other operations
     */
    public long prune(Instant beganBefore, int keepNewest) {
        if (beganBefore == null && keepNewest <= 0) {
            return 0;
        }
        long deleted = 0;
        for (long jobId : prune.jobIds()) {
            Integer count = transaction.execute(status -> prune.pruneJob(jobId, beganBefore, keepNewest)
                    + operations.prune(jobId, beganBefore == null ? Long.MIN_VALUE : beganBefore.toEpochMilli(),
                                       keepNewest));
            deleted += count == null ? 0 : count;
        }
        return deleted;
    }
}
