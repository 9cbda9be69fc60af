package io.dupliwatch.web.server;

import java.util.List;

import io.dupliwatch.config.UrlPath;
import io.dupliwatch.report.OperationPage;
import io.dupliwatch.report.RunPage;
import io.dupliwatch.web.JobLine;
import io.dupliwatch.web.ServerCard;
import io.dupliwatch.web.TimeZoneChoice;

/**
 * The server page.
 *
 * @param job     the selected job, {@code null} for all jobs
 * @param history which runs the history shows
 * @param runs    the history page
 * @param zone    the zone the server's schedules are read in
 * @param operationOptions which restores, verifications and other operations the operations list shows
 * @param operations       the operations list page, newest first
 */
public record ServerPageView(ServerCard server, JobLine job, HistoryOptions history, RunPage runs, TimeZoneChoice zone,
                             OperationOptions operationOptions, OperationPage operations) {

    /** The jobs the page is about: the selected one, or all. */
    public List<JobLine> jobs() {
        return job == null ? server.jobs() : List.of(job);
    }

    public ServerStats stats() {
        return ServerStats.of(jobs());
    }

    public List<JobLine> overdueJobs() {
        return jobs().stream().filter(JobLine::overdue).toList();
    }

    /** A path of the application, without the context path ({@code Ui.href} adds it). */
    public String chartUrl() {
        return ChartDataController.CHART_DATA.replace("{serverId}", UrlPath.segment(server.id()))
                + (job == null ? "" : "?job=" + job.jobId());
    }
}
