package io.dupliwatch.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Deleting backup runs of a job and recounting its totals; called inside {@link RunPruner}'s per-job transaction. */
@Repository
class PruneRepository {

    private final JdbcClient jdbc;

    PruneRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> jobIds() {
        return jdbc.sql("SELECT id FROM jobs ORDER BY id").query(Long.class).list();
    }

    /** @return how many runs of the job were deleted */
    int pruneJob(long jobId, Instant beganBefore, int keepNewest) {
        // Lock the job row first (as RunRecorder's upsert does) so that a run stored meanwhile is counted once.
        Optional<Long> newestRun = jdbc.sql("""
                UPDATE jobs SET run_count = run_count WHERE id = :id
                RETURNING COALESCE(latest_run_id, -1)
                """).param("id", jobId).query(Long.class).optional();
        if (newestRun.isEmpty() || newestRun.get() < 0) {
            return 0; // deleted meanwhile, or no runs
        }
        long cutoff = beganBefore == null ? Long.MIN_VALUE : beganBefore.toEpochMilli();
        if (keepNewest > 0) {
            Optional<Long> oldestKept = jdbc.sql("""
                    SELECT begin_time FROM runs WHERE job_id = :id
                     ORDER BY begin_time DESC LIMIT 1 OFFSET :offset
                    """).param("id", jobId).param("offset", keepNewest - 1).query(Long.class).optional();
            if (oldestKept.isPresent()) {
                cutoff = Math.max(cutoff, oldestKept.get());
            }
        }
        int deleted = jdbc.sql("DELETE FROM runs WHERE job_id = :id AND begin_time < :cutoff AND id <> :newest")
                .param("id", jobId).param("cutoff", cutoff).param("newest", newestRun.get())
                .update();
        if (deleted > 0) {
            jdbc.sql("""
                    UPDATE jobs SET run_count = (SELECT COUNT(*) FROM runs r WHERE r.job_id = :id),
                                    uploaded_total = (SELECT COALESCE(SUM(r.uploaded_size), 0) FROM runs r WHERE r.job_id = :id)
                     WHERE id = :id
                    """).param("id", jobId).update();
        }
        return deleted;
    }
}
