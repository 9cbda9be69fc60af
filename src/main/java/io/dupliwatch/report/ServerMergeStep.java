package io.dupliwatch.report;

/**
 * A feature's part in merging one server into another: it moves the rows it owns that are keyed by a job or a
 * server id. The merge (collect's {@code ServerMerger}) calls every step in one transaction, before
 * {@link ReportMerge} deletes the source job or server (which would cascade to these rows). Rule for a row whose
 * key the target already has: the target's row is kept and the source's dropped.
 */
public interface ServerMergeStep {

    /** The source job is folded into the target job of the same name (on the target server). */
    default void mergeJob(long sourceJobId, long targetJobId) {
    }

    /** Every job has been moved or merged; the source server is about to be deleted. */
    default void mergeServer(String sourceServerId, String targetServerId) {
    }
}
