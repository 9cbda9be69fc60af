package io.dupliwatch.monitoring;

/** No job has this id. */
public class JobNotFoundException extends RuntimeException {

    public JobNotFoundException(long jobId) {
        super("Job " + jobId + " not found");
    }
}
