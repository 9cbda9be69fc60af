package io.dupliwatch.web;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.dupliwatch.config.VersionedCache;
import io.dupliwatch.report.JobOverview;
import io.dupliwatch.report.RunQueries;
import io.dupliwatch.report.RunSummary;
import io.dupliwatch.report.ServerOverview;
import org.springframework.stereotype.Component;

/**
 * Each job's newest runs for its history strip, kept between page views while the job's {@link HistoryVersion}
 * holds: a dashboard of 1,000 jobs reads the runs of the servers whose jobs changed, not 10,000 runs each time.
 */
@Component
class HistoryCache {

    /** Up to this many servers with changed jobs are read one by one; past it, every job's runs in one query. */
    private static final int MAX_SERVER_QUERIES = 20;

    private final RunQueries runs;
    private final VersionedCache<Long, HistoryVersion, List<RunSummary>> byJob = new VersionedCache<>(20_000);

    HistoryCache(RunQueries runs) {
        this.runs = runs;
    }

    /** The newest {@link ServerCards#HISTORY} runs of these servers' jobs, oldest first, keyed by job id. */
    Map<Long, List<RunSummary>> recentRuns(List<ServerOverview> servers) {
        Map<Long, List<RunSummary>> recent = new HashMap<>();
        Set<String> changed = new LinkedHashSet<>();
        for (ServerOverview server : servers) {
            for (JobOverview job : server.jobs()) {
                List<RunSummary> kept = byJob.get(job.jobId(), HistoryVersion.of(job));
                if (kept != null) {
                    recent.put(job.jobId(), kept);
                }
                else {
                    changed.add(job.serverId());
                }
            }
        }
        if (!changed.isEmpty()) {
            Map<Long, List<RunSummary>> read = read(changed);
            for (ServerOverview server : servers) {
                for (JobOverview job : server.jobs()) {
                    if (changed.contains(job.serverId())) {
                        List<RunSummary> jobRuns = List.copyOf(read.getOrDefault(job.jobId(), List.of()));
                        byJob.put(job.jobId(), HistoryVersion.of(job), jobRuns);
                        recent.put(job.jobId(), jobRuns);
                    }
                }
            }
        }
        return recent;
    }

    private Map<Long, List<RunSummary>> read(Set<String> serverIds) {
        if (serverIds.size() > MAX_SERVER_QUERIES) {
            return runs.recentRuns(ServerCards.HISTORY);
        }
        Map<Long, List<RunSummary>> read = new HashMap<>();
        serverIds.forEach(serverId -> read.putAll(runs.recentRuns(serverId, ServerCards.HISTORY)));
        return read;
    }
}
