package io.dupliwatch.report;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;

/**
 * Report's part of a server merge (jobs, runs, the server row), called inside the merge's transaction; the
 * deleting calls come after every {@link ServerMergeStep} has moved its rows.
 */
@Service
public class ReportMerge {

    public record JobKey(long id, String backupName) {
    }

    private final ServerMergeRepository merges;

    ReportMerge(ServerMergeRepository merges) {
        this.merges = merges;
    }

    public List<JobKey> jobsOf(String serverId) {
        return merges.jobsOf(serverId);
    }

    /** A job only the source has: it moves with its runs and keeps its id, so rows keyed by it keep working. */
    public void moveJob(long jobId, String targetServerId) {
        merges.moveJob(jobId, targetServerId);
    }

    /**
     * The source job's runs move to the target job, except those the target has too (same begin time).
     *
     * @return runs moved
     */
    public int mergeRuns(long sourceJobId, long targetJobId, String targetServerId) {
        return merges.mergeRuns(sourceJobId, targetJobId, targetServerId);
    }

    /** Deletes a merged source job: call it after every {@link ServerMergeStep} moved its rows. */
    public void deleteJob(long jobId) {
        merges.deleteJob(jobId);
    }

    /** Deletes the source server, keeping its name as a former name of the target. */
    public void mergeServer(String sourceId, String targetId, Instant now) {
        merges.mergeServer(sourceId, targetId, now);
    }
}
