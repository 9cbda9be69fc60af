package io.dupliwatch.web.dashboard;

import java.util.Locale;

/** Dashboard layouts: one card per server, or one table row per job. */
public enum BoardView {
    CARDS, TABLE;

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    static BoardView parse(String value) {
        for (BoardView view : values()) {
            if (view.param().equals(value)) {
                return view;
            }
        }
        return null;
    }
}
