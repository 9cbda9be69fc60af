package io.dupliwatch.report;

/**
 * One page of a server's run history.
 *
 * @param jobId  only this job's runs, {@code null} for every job of the server
 * @param status only runs with this status (Success, Warning, Error, Fatal), {@code null} for all
 * @param page   zero-based
 */
public record RunHistoryQuery(String serverId, Long jobId, String status, RunOrder order, boolean descending,
                              int page, int pageSize) {

    public RunHistoryQuery {
        if (page < 0 || pageSize < 1) {
            throw new IllegalArgumentException("page must be >= 0 and pageSize >= 1");
        }
    }
}
