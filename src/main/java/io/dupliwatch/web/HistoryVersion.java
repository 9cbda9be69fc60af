package io.dupliwatch.web;

import io.dupliwatch.report.JobOverview;
import io.dupliwatch.report.RunSummary;

/**
 * What a job's history strip depends on. Its newest runs change only with its newest run, its run count
 * (retention, merges) or its server (merges), all read from the database, so the same version means the same
 * strip on every instance that shares that database.
 */
record HistoryVersion(long jobId, String serverId, long newestRunId, long runCount) {

    static HistoryVersion of(JobOverview job) {
        return new HistoryVersion(job.jobId(), job.serverId(), runId(job.latest()), job.runCount());
    }

    static HistoryVersion of(JobLine job) {
        return new HistoryVersion(job.jobId(), job.serverId(), runId(job.latest()), job.runCount());
    }

    private static long runId(RunSummary run) {
        return run == null ? 0 : run.runId();
    }
}
