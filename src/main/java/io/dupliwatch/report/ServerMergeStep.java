package io.dupliwatch.report;

import org.springframework.jdbc.core.simple.JdbcClient;

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

    /**
     * The rule for a table with one row per job or per server ({@code key} its primary key): the source's row moves
     * unless the target has one, then whatever the source still has goes.
     *
     * @param table a table of the caller's, named by a constant (never by input)
     */
    static void keepOneRow(JdbcClient jdbc, String table, String key, Object source, Object target) {
        jdbc.sql("UPDATE " + table + " SET " + key + " = :target WHERE " + key + " = :source"
                        + " AND NOT EXISTS (SELECT 1 FROM " + table + " t WHERE t." + key + " = :target)")
                .param("source", source).param("target", target).update();
        jdbc.sql("DELETE FROM " + table + " WHERE " + key + " = :source").param("source", source).update();
    }
}
