package io.dupliwatch.report;

import java.util.List;

/** Runs of one history page and how many match in all. */
public record RunPage(List<RunSummary> runs, long total, int page, int pageSize) {

    public RunPage {
        runs = List.copyOf(runs);
    }

    public int pageCount() {
        return pageCount(total, pageSize);
    }

    /** Pages needed for {@code total} rows, at least one (an empty list is one empty page); also for operations. */
    static int pageCount(long total, int pageSize) {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
