package io.dupliwatch.report;

import java.util.List;

/** A server with the current state of each of its jobs, ordered by backup name. */
public record ServerOverview(Server server, List<JobOverview> jobs) {

    public ServerOverview {
        jobs = List.copyOf(jobs);
    }
}
