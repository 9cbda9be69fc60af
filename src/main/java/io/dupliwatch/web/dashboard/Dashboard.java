package io.dupliwatch.web.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.dupliwatch.monitoring.OverdueBoard;
import io.dupliwatch.report.JobOverview;
import io.dupliwatch.report.RunQueries;
import io.dupliwatch.report.RunSummary;
import io.dupliwatch.report.ServerOverview;
import io.dupliwatch.web.live.LiveEvents;

import org.springframework.stereotype.Service;

/** Builds the dashboard from per-job state: two queries whose cost grows with jobs, never with stored runs. */
@Service
class Dashboard {

    /** Runs in a job's history strip. */
    static final int HISTORY = 10;

    private final RunQueries runs;
    private final OverdueBoard overdue;
    private final LiveEvents live;

    Dashboard(RunQueries runs, OverdueBoard overdue, LiveEvents live) {
        this.runs = runs;
        this.overdue = overdue;
        this.live = live;
    }

    DashboardView view(BoardOptions options, String uploadUrl) {
        long version = live.version(); // read first: a change committed meanwhile is sent again, never lost
        List<ServerCard> all = cards(runs.overview(), runs.recentRuns(HISTORY));
        List<ServerCard> shown = new ArrayList<>();
        for (ServerCard card : all) {
            visible(card, options).ifPresent(shown::add);
        }
        shown.sort(options.sort().cards(options.descending()));
        List<JobLine> rows = new ArrayList<>();
        if (options.view() == BoardView.TABLE) {
            shown.forEach(card -> rows.addAll(card.jobs()));
            rows.sort(options.sort().rows(options.descending()));
        }
        return new DashboardView(options, Tiles.of(all), shown, rows, version, uploadUrl);
    }

    /** What changed after {@code since}, filtered like the page that asks. */
    DashboardChanges changes(BoardOptions options, long since, String uploadUrl) {
        long version = live.version();
        Optional<List<LiveEvents.Change>> changes = live.changesSince(since);
        if (changes.isEmpty() || changes.get().stream().anyMatch(LiveEvents.Change::redraw)) {
            DashboardView board = view(options, uploadUrl);
            return new DashboardChanges(board.version(), board, board.tiles(), List.of(), List.of());
        }
        if (changes.get().isEmpty()) {
            return new DashboardChanges(version, null, null, List.of(), List.of());
        }
        Set<String> servers = new LinkedHashSet<>();
        Set<Long> jobs = new LinkedHashSet<>();
        for (LiveEvents.Change change : changes.get()) {
            servers.add(change.serverId());
            jobs.add(change.jobId());
        }
        List<ServerCard> cards = new ArrayList<>();
        List<JobLine> rows = new ArrayList<>();
        for (String serverId : servers) {
            runs.overview(serverId)
                    .map(server -> card(server, runs.recentRuns(serverId, HISTORY)))
                    .flatMap(card -> visible(card, options))
                    .ifPresent(card -> {
                        cards.add(card);
                        card.jobs().stream().filter(job -> jobs.contains(job.jobId())).forEach(rows::add);
                    });
        }
        Tiles tiles = Tiles.of(cards(runs.overview(), Map.of()));
        boolean table = options.view() == BoardView.TABLE;
        return new DashboardChanges(version, null, tiles, table ? List.of() : cards, table ? rows : List.of());
    }

    private List<ServerCard> cards(List<ServerOverview> servers, Map<Long, List<RunSummary>> history) {
        List<ServerCard> cards = new ArrayList<>(servers.size());
        for (ServerOverview server : servers) {
            cards.add(card(server, history));
        }
        return cards;
    }

    private ServerCard card(ServerOverview server, Map<Long, List<RunSummary>> history) {
        List<JobLine> jobs = new ArrayList<>(server.jobs().size());
        for (JobOverview job : server.jobs()) {
            RunSummary latest = job.latest();
            jobs.add(new JobLine(job.jobId(), job.serverId(), displayName(server), server.server().note(),
                    job.backupName(), job.runCount(), job.uploadedTotal(), latest,
                    history.getOrDefault(job.jobId(), List.of()),
                    overdue.expectation(latest == null ? null : latest.beginTime(), job.nextExpectedAt())));
        }
        return ServerCard.of(server.server(), jobs);
    }

    /** The card as the filter shows it: whole when the server matches, else only its matching jobs. */
    private static Optional<ServerCard> visible(ServerCard card, BoardOptions options) {
        if (options.matches(card.name(), card.alias(), card.note(), card.id())) {
            return Optional.of(card);
        }
        List<JobLine> jobs = card.jobs().stream().filter(job -> options.matches(job.backupName())).toList();
        return jobs.isEmpty() ? Optional.empty() : Optional.of(card.withJobs(jobs));
    }

    private static String displayName(ServerOverview server) {
        String alias = server.server().alias();
        return alias == null || alias.isBlank() ? server.server().name() : alias;
    }
}
