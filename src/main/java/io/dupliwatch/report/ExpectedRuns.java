package io.dupliwatch.report;

import java.time.Instant;

import org.springframework.stereotype.Service;

/** When each job's next run is expected ({@code jobs.next_expected_at}): monitoring decides it, report stores it. */
@Service
public class ExpectedRuns {

    private final JobRepository jobs;

    ExpectedRuns(JobRepository jobs) {
        this.jobs = jobs;
    }

    /** @param next {@code null} when no run is expected */
    public void set(long jobId, Instant next) {
        jobs.saveNextExpected(jobId, next);
    }
}
