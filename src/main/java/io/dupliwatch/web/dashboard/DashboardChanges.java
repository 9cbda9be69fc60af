package io.dupliwatch.web.dashboard;

import java.util.List;

import io.dupliwatch.web.JobLine;
import io.dupliwatch.web.ServerCard;

/**
 * What a page showing version {@code since} must redraw: the whole board ({@code board} set), or some cards or
 * table rows and the tiles; or nothing but its version.
 *
 * @param tiles {@code null} when nothing changed
 */
public record DashboardChanges(long version, DashboardView board, Tiles tiles, List<ServerCard> cards,
                               List<JobLine> rows) {

    public DashboardChanges {
        cards = List.copyOf(cards);
        rows = List.copyOf(rows);
    }
}
