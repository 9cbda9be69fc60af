package io.dupliwatch.web.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.dupliwatch.web.JobLine;
import io.dupliwatch.web.ServerCard;
import io.dupliwatch.web.ServerCards;
import io.dupliwatch.web.live.LiveEvents;

import org.springframework.stereotype.Service;

/** The dashboard: every server card, filtered and sorted, and the changes live pages must redraw. */
@Service
class Dashboard {

    private final ServerCards servers;
    private final LiveEvents live;

    Dashboard(ServerCards servers, LiveEvents live) {
        this.servers = servers;
        this.live = live;
    }

    DashboardView view(BoardOptions options, String uploadUrl) {
        long version = live.version(); // read first: a change committed meanwhile is sent again, never lost
        List<ServerCard> all = servers.all();
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
        Set<String> serverIds = new LinkedHashSet<>();
        Set<Long> jobs = new LinkedHashSet<>();
        for (LiveEvents.Change change : changes.get()) {
            serverIds.add(change.serverId());
            jobs.add(change.jobId());
        }
        List<ServerCard> cards = new ArrayList<>();
        List<JobLine> rows = new ArrayList<>();
        for (String serverId : serverIds) {
            servers.one(serverId)
                    .flatMap(card -> visible(card, options))
                    .ifPresent(card -> {
                        cards.add(card);
                        card.jobs().stream().filter(job -> jobs.contains(job.jobId())).forEach(rows::add);
                    });
        }
        Tiles tiles = Tiles.of(servers.allWithoutHistory());
        boolean table = options.view() == BoardView.TABLE;
        return new DashboardChanges(version, null, tiles, table ? List.of() : cards, table ? rows : List.of());
    }

    /** The card as the filter shows it: whole when the server matches, else only its matching jobs. */
    private static Optional<ServerCard> visible(ServerCard card, BoardOptions options) {
        if (options.matches(card.name(), card.alias(), card.note(), card.id())) {
            return Optional.of(card);
        }
        List<JobLine> jobs = card.jobs().stream().filter(job -> options.matches(job.backupName())).toList();
        return jobs.isEmpty() ? Optional.empty() : Optional.of(card.withJobs(jobs));
    }
}
