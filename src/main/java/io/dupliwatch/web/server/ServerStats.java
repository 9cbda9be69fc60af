package io.dupliwatch.web.server;

import java.util.List;

import io.dupliwatch.report.RunSummary;
import io.dupliwatch.web.JobLine;

/**
 * The tiles of the server page, over all its jobs or the selected one.
 *
 * @param versions        backup versions at the destinations after each job's newest run, summed
 * @param averageDuration mean duration of the runs in the jobs' history strips, {@code 0} without runs
 * @param size            source bytes examined by each job's newest run, summed
 * @param storage         destination bytes after each job's newest run, summed
 * @param uploaded        bytes uploaded by every stored run
 */
public record ServerStats(int jobs, long runs, long versions, double averageDuration, long size, long storage,
                          long uploaded) {

    static ServerStats of(List<JobLine> jobs) {
        long runs = 0;
        long versions = 0;
        long size = 0;
        long storage = 0;
        long uploaded = 0;
        double durations = 0;
        int timed = 0;
        for (JobLine job : jobs) {
            runs += job.runCount();
            uploaded += job.uploadedTotal();
            if (job.latest() != null) {
                versions += job.latest().versions();
                size += job.latest().fileSize();
                storage += job.latest().storageSize();
            }
            for (RunSummary run : job.history()) {
                durations += run.durationSeconds();
                timed++;
            }
        }
        return new ServerStats(jobs.size(), runs, versions, timed == 0 ? 0 : durations / timed, size, storage,
                uploaded);
    }
}
