package io.dupliwatch.monitoring;

import io.dupliwatch.errors.NotFoundException;

/** No job has this id. */
public class JobNotFoundException extends NotFoundException {

    public JobNotFoundException(long jobId) {
        super("Job " + jobId + " not found", "Job " + jobId + " not found", "problem.job.notFound", Long.toString(jobId));
    }
}
