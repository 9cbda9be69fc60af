package io.dupliwatch.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.dupliwatch.monitoring.JobMonitoringView;
import io.dupliwatch.monitoring.OverdueBoard;
import io.dupliwatch.report.OperationQueries;
import io.dupliwatch.report.OperationState;
import io.dupliwatch.report.JobOverview;
import io.dupliwatch.report.RunQueries;
import io.dupliwatch.report.RunSummary;
import io.dupliwatch.report.ServerOverview;

import org.springframework.stereotype.Component;

/**
 * Servers with their jobs' state, newest runs and expected runs, read from per-job state: the cost grows with
 * jobs, never with stored runs.
 */
@Component
public class ServerCards {

    /** Runs in a job's history strip. */
    public static final int HISTORY = 10;

    private final RunQueries runs;
    private final OperationQueries operations;
    private final HistoryCache history;
    private final OverdueBoard overdue;

    ServerCards(RunQueries runs, OperationQueries operations, HistoryCache history, OverdueBoard overdue) {
        this.runs = runs;
        this.operations = operations;
        this.history = history;
        this.overdue = overdue;
    }

    /** Every server, ordered by name, each job with its history strip. */
    public List<ServerCard> all() {
        List<ServerOverview> servers = runs.overview();
        return cards(servers, history.recentRuns(servers));
    }

    /** Every server without history strips: enough for the summary figures. */
    public List<ServerCard> allWithoutHistory() {
        return cards(runs.overview(), Map.of());
    }

    public Optional<ServerCard> one(String serverId) {
        return runs.overview(serverId).map(server -> {
            Map<Long, JobMonitoringView> monitoring = new HashMap<>();
            server.jobs().forEach(job -> overdue.find(job.jobId()).ifPresent(view -> monitoring.put(job.jobId(), view)));
            return card(server, history.recentRuns(List.of(server)), monitoring, operations.states());
        });
    }

    private List<ServerCard> cards(List<ServerOverview> servers, Map<Long, List<RunSummary>> history) {
        Map<Long, JobMonitoringView> monitoring = new HashMap<>();
        overdue.all().forEach(view -> monitoring.put(view.jobId(), view));
        Map<Long, List<OperationState>> states = operations.states();
        List<ServerCard> cards = new ArrayList<>(servers.size());
        for (ServerOverview server : servers) {
            cards.add(card(server, history, monitoring, states));
        }
        return cards;
    }

    private ServerCard card(ServerOverview server, Map<Long, List<RunSummary>> history,
                            Map<Long, JobMonitoringView> monitoring, Map<Long, List<OperationState>> states) {
        String alias = server.server().alias();
        String displayName = alias == null || alias.isBlank() ? server.server().name() : alias;
        List<JobLine> jobs = new ArrayList<>(server.jobs().size());
        for (JobOverview job : server.jobs()) {
            jobs.add(new JobLine(job.jobId(), job.serverId(), displayName, server.server().note(),
                    job.backupName(), job.runCount(), job.uploadedTotal(), job.latest(),
                    history.getOrDefault(job.jobId(), List.of()), monitoring.get(job.jobId()),
                    states.getOrDefault(job.jobId(), List.of())));
        }
        return ServerCard.of(server.server(), jobs);
    }
}
