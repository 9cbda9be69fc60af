package io.dupliwatch.report;

import java.time.Instant;

/** An operation run as stored, with its server and job for the pages. */
public record StoredOperationRun(long id, long jobId, RunSource source, Instant receivedAt, OperationRun run) {

    public boolean reduced() {
        return run.run().reduced();
    }
}
