package io.dupliwatch.web.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.dupliwatch.web.JobLine;
import io.dupliwatch.web.ServerCard;
import io.dupliwatch.web.ServerCards;
import io.dupliwatch.web.WebProperties;
import io.dupliwatch.web.live.LiveEvents;

import org.springframework.stereotype.Service;

/**
 * The dashboard: every server card, filtered and sorted, one page of them shown, and the changes live pages must
 * redraw.
 */
@Service
class Dashboard {

    private final ServerCards servers;
    private final LiveEvents live;
    private final WebProperties properties;

    Dashboard(ServerCards servers, LiveEvents live, WebProperties properties) {
        this.servers = servers;
        this.live = live;
        this.properties = properties;
    }

    /** Page {@code page} (from 1; out of range means the nearest page) of the filtered, sorted board. */
    DashboardView view(BoardOptions options, int page, String uploadUrl) {
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
            int pages = pages(rows.size(), properties.boardRowsPerPage());
            int current = Math.max(1, Math.min(page, pages));
            return new DashboardView(options, Tiles.of(all), List.of(),
                    slice(rows, current, properties.boardRowsPerPage()), version, uploadUrl, current, pages);
        }
        int pages = pages(shown.size(), properties.boardPageSize());
        int current = Math.max(1, Math.min(page, pages));
        return new DashboardView(options, Tiles.of(all), slice(shown, current, properties.boardPageSize()), rows,
                version, uploadUrl, current, pages);
    }

    private static int pages(int items, int perPage) {
        return Math.max(1, (items + perPage - 1) / perPage);
    }

    private static <T> List<T> slice(List<T> items, int page, int perPage) {
        int from = Math.min(items.size(), (page - 1) * perPage);
        return items.subList(from, Math.min(items.size(), from + perPage));
    }

    /**
     * What changed after {@code since} on page {@code page} of the board, filtered like the page that asks; the whole
     * board when that page no longer shows the same cards or rows ({@code shown}, see {@link DashboardView#shown()}).
     */
    DashboardChanges changes(BoardOptions options, int page, String shown, long since, String uploadUrl) {
        long version = live.version();
        Optional<List<LiveEvents.Change>> changes = live.changesSince(since);
        if (changes.isPresent() && changes.get().isEmpty()) {
            return new DashboardChanges(version, null, null, List.of(), List.of());
        }
        DashboardView board = view(options, page, uploadUrl);
        boolean moved = !shown.isEmpty() && !board.shown().equals(shown); // empty: a page from before paging
        if (changes.isEmpty() || changes.get().stream().anyMatch(LiveEvents.Change::redraw) || moved) {
            return new DashboardChanges(board.version(), board, board.tiles(), List.of(), List.of());
        }
        Set<String> serverIds = new LinkedHashSet<>();
        Set<Long> jobs = new LinkedHashSet<>();
        for (LiveEvents.Change change : changes.get()) {
            serverIds.add(change.serverId());
            jobs.add(change.jobId());
        }
        List<ServerCard> cards = board.cards().stream().filter(card -> serverIds.contains(card.id())).toList();
        List<JobLine> rows = board.rows().stream().filter(job -> jobs.contains(job.jobId())).toList();
        return new DashboardChanges(version, null, board.tiles(), cards, rows);
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
