package io.dupliwatch.web.server;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.dupliwatch.config.UrlPath;
import io.dupliwatch.report.RunHistoryQuery;
import io.dupliwatch.report.RunOrder;
import io.dupliwatch.report.RunStatus;

/**
 * What the run history of the server page shows: one job or all, a status, an order and a page. Read from the
 * query string; every link of the page is built here so that the parameters cannot drift. Links are paths of the
 * application, without the context path ({@code Ui.href} adds it).
 *
 * @param jobId  {@code null} for every job of the server
 * @param status Success, Warning, Error or Fatal; {@code null} for all
 * @param page   zero-based
 */
public record HistoryOptions(String serverId, Long jobId, String status, RunOrder order, boolean descending,
                             int page) {

    /** The results a run is stored with as spelled; Unknown and unexpected values have no single text to match. */
    public static final List<String> STATUSES = Stream.of(RunStatus.SUCCESS, RunStatus.WARNING, RunStatus.ERROR,
            RunStatus.FATAL).map(RunStatus::label).toList();

    private static final Map<RunOrder, String> PARAMS = Map.ofEntries(Map.entry(RunOrder.BEGIN_TIME, "date"),
            Map.entry(RunOrder.JOB, "job"), Map.entry(RunOrder.STATUS, "status"),
            Map.entry(RunOrder.DURATION, "duration"), Map.entry(RunOrder.FILES, "files"),
            Map.entry(RunOrder.FILE_SIZE, "size"), Map.entry(RunOrder.UPLOADED, "uploaded"),
            Map.entry(RunOrder.STORAGE, "storage"), Map.entry(RunOrder.VERSIONS, "versions"),
            Map.entry(RunOrder.WARNINGS, "warnings"), Map.entry(RunOrder.ERRORS, "errors"));

    static HistoryOptions of(String serverId, Long jobId, String status, String sort, String dir, Integer page) {
        RunOrder order = PARAMS.entrySet().stream().filter(e -> e.getValue().equals(sort)).map(Map.Entry::getKey)
                .findFirst().orElse(RunOrder.BEGIN_TIME);
        boolean descending = dir == null ? order != RunOrder.JOB : !"asc".equals(dir);
        String knownStatus = STATUSES.stream().filter(s -> s.equalsIgnoreCase(status)).findFirst().orElse(null);
        return new HistoryOptions(serverId, jobId, knownStatus, order, descending, page == null ? 0 : Math.max(0, page));
    }

    RunHistoryQuery query(int pageSize) {
        return new RunHistoryQuery(serverId, jobId, status, order, descending, page, pageSize);
    }

    public String sortParam(RunOrder column) {
        return PARAMS.get(column);
    }

    /** For {@code aria-sort}: ascending, descending, or {@code null} when the column is not the order. */
    public String ariaSort(RunOrder column) {
        return column != order ? null : descending ? "descending" : "ascending";
    }

    /** The history ordered by {@code column} (the other direction when it already is), from the first page. */
    public String sortUrl(RunOrder column) {
        boolean nextDescending = column == order ? !descending : column != RunOrder.JOB;
        return url(jobId, status, column, nextDescending, 0);
    }

    public String pageUrl(int target) {
        return url(jobId, status, order, descending, target);
    }

    /** The server page for another job ({@code null}: all jobs), keeping nothing else. */
    public String jobUrl(Long otherJob) {
        return UrlPath.of("servers", serverId) + (otherJob == null ? "" : "?job=" + otherJob);
    }

    private String url(Long job, String withStatus, RunOrder withOrder, boolean withDescending, int withPage) {
        StringBuilder url = new StringBuilder(UrlPath.of("servers", serverId)).append("?sort=")
                .append(PARAMS.get(withOrder)).append("&dir=").append(withDescending ? "desc" : "asc");
        if (job != null) {
            url.append("&job=").append(job);
        }
        if (withStatus != null) {
            url.append("&status=").append(withStatus);
        }
        if (withPage > 0) {
            url.append("&page=").append(withPage);
        }
        return url.toString();
    }
}
