package io.dupliwatch.web.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What the dashboard shows: layout, order and filter text. Read from the query string, falling back to the
 * choice remembered in cookie {@value #COOKIE} ({@code view.sort.dir}).
 */
public record BoardOptions(BoardView view, BoardSort sort, boolean descending, String query) {

    static final String COOKIE = "dw-board";

    public static final BoardOptions DEFAULT = new BoardOptions(BoardView.CARDS, BoardSort.NAME, false, "");

    public BoardOptions {
        query = query == null ? "" : query.strip();
        if (view == BoardView.CARDS && !sort.forCards()) {
            sort = BoardSort.NAME;
            descending = false;
        }
    }

    static BoardOptions of(String view, String sort, String dir, String query, String remembered) {
        BoardOptions base = fromCookie(remembered);
        BoardView parsedView = BoardView.parse(view);
        BoardSort parsedSort = BoardSort.parse(sort);
        BoardSort effectiveSort = parsedSort != null ? parsedSort : base.sort();
        boolean descending = dir == null ? (parsedSort != null ? parsedSort.descendingFirst() : base.descending())
                : "desc".equals(dir);
        return new BoardOptions(parsedView != null ? parsedView : base.view(), effectiveSort, descending, query);
    }

    private static BoardOptions fromCookie(String value) {
        if (value == null) {
            return DEFAULT;
        }
        String[] parts = value.split("\\.");
        BoardView view = parts.length > 0 ? BoardView.parse(parts[0]) : null;
        BoardSort sort = parts.length > 1 ? BoardSort.parse(parts[1]) : null;
        if (view == null || sort == null) {
            return DEFAULT;
        }
        return new BoardOptions(view, sort, parts.length > 2 && "desc".equals(parts[2]), "");
    }

    String cookieValue() {
        return view.param() + "." + sort.param() + "." + dir();
    }

    public String dir() {
        return descending ? "desc" : "asc";
    }

    /** The direction a click on a column header asks for: the other one for the current column. */
    public String dirAfterClick(BoardSort column) {
        if (column == sort) {
            return descending ? "asc" : "desc";
        }
        return column.descendingFirst() ? "desc" : "asc";
    }

    /** For {@code aria-sort}: ascending, descending, or {@code null} when the column is not the order. */
    public String ariaSort(BoardSort column) {
        if (column != sort) {
            return null;
        }
        return descending ? "descending" : "ascending";
    }

    /** The table ordered by {@code column}, keeping the filter. */
    public String sortUrl(BoardSort column) {
        return "/?view=table&sort=" + column.param() + "&dir=" + dirAfterClick(column) + "&q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    /** Page {@code page} of the board as it is: layout, order and filter kept. */
    public String pageUrl(int page) {
        return "/?view=" + view.param() + "&sort=" + sort.param() + "&dir=" + dir() + "&q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&page=" + page;
    }

    boolean matches(String... texts) {
        if (query.isEmpty()) {
            return true;
        }
        String needle = query.toLowerCase(Locale.ROOT);
        for (String text : texts) {
            if (text != null && text.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }
}
