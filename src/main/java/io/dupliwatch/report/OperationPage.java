package io.dupliwatch.report;

import java.util.List;

/** Operation runs of one page of a server's operations list, newest first, and how many match in all. */
public record OperationPage(List<StoredOperationRun> runs, long total, int page, int pageSize) {

    public OperationPage {
        runs = List.copyOf(runs);
    }

    public int pageCount() {
        return RunPage.pageCount(total, pageSize);
    }
}
