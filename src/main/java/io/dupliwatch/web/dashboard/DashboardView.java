package io.dupliwatch.web.dashboard;

import java.util.List;

import io.dupliwatch.web.JobLine;
import io.dupliwatch.web.ServerCard;

/**
 * The dashboard page.
 *
 * @param cards     the servers of this page (filtered and sorted over every server)
 * @param rows      in the table view, the jobs of this page (filtered and sorted over every job); empty in the cards view
 * @param version   the live-update version the page reflects
 * @param uploadUrl where Duplicati must send its reports, for the setup instructions
 * @param page      this page, from 1
 * @param pages     how many pages the filtered board has (at least 1)
 */
public record DashboardView(BoardOptions options, Tiles tiles, List<ServerCard> cards, List<JobLine> rows,
                            long version, String uploadUrl, int page, int pages) {

    public DashboardView {
        cards = List.copyOf(cards);
        rows = List.copyOf(rows);
    }

    /** Nothing stored yet: time to explain how to set Duplicati up. */
    public boolean empty() {
        return tiles.servers() == 0;
    }

    /** The filter leaves nothing to show on the board. */
    public boolean nothingMatches() {
        return table() ? rows.isEmpty() : cards.isEmpty();
    }

    public boolean table() {
        return options.view() == BoardView.TABLE;
    }

    /**
     * Which cards or rows this page shows, in order: live updates redraw the board when it is no longer the same
     * set (a card moved to another page), and otherwise swap only what is on screen.
     */
    public String shown() {
        List<?> ids = table() ? rows.stream().map(JobLine::jobId).toList() : cards.stream().map(ServerCard::id).toList();
        return Integer.toHexString(ids.hashCode());
    }
}
