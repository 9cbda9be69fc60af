package io.dupliwatch.web.dashboard;

import java.util.List;

import io.dupliwatch.web.JobLine;
import io.dupliwatch.web.ServerCard;

/**
 * The dashboard page.
 *
 * @param cards     the servers shown (filtered and sorted)
 * @param rows      in the table view, the jobs shown (filtered and sorted); empty in the cards view
 * @param version   the live-update version the page reflects
 * @param uploadUrl where Duplicati must send its reports, for the setup instructions
 */
public record DashboardView(BoardOptions options, Tiles tiles, List<ServerCard> cards, List<JobLine> rows,
                            long version, String uploadUrl) {

    public DashboardView {
        cards = List.copyOf(cards);
        rows = List.copyOf(rows);
    }

    /** Nothing stored yet: time to explain how to set Duplicati up. */
    public boolean empty() {
        return tiles.servers() == 0;
    }

    public boolean table() {
        return options.view() == BoardView.TABLE;
    }
}
