package io.dupliwatch.web.server;

import java.time.Clock;
import java.time.Instant;

import io.dupliwatch.errors.NotFoundException;
import io.dupliwatch.errors.InvalidValueException;
import io.dupliwatch.report.RunCharts;
import io.dupliwatch.report.RunQueries;
import io.dupliwatch.report.ServerNotFoundException;
import io.dupliwatch.report.ServerOverview;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Chart series of a server or one of its jobs, for the server page's uPlot charts. */
@RestController
class ChartDataController {

    static final String CHART_DATA = "/api/chart-data/server/{serverId}";

    private final RunQueries runs;
    private final RunCharts charts;
    private final Clock clock;

    ChartDataController(RunQueries runs, RunCharts charts, Clock clock) {
        this.runs = runs;
        this.charts = charts;
        this.clock = clock;
    }

    /**
     * @param job   a job of the server; absent for all its jobs
     * @param range 7d, 30d, 90d, 1y or all
     */
    @GetMapping(CHART_DATA)
    ChartDataResponse chart(@PathVariable String serverId, @RequestParam(required = false) Long job,
                            @RequestParam(defaultValue = "30d") String range) {
        ChartRange chartRange = ChartRange.parse(range).orElseThrow(() -> new InvalidValueException("range",
                "Invalid range: must be one of " + ChartRange.choices(), "problem.chart.range",
                ChartRange.choices()));
        ServerOverview server = runs.overview(serverId).orElseThrow(() -> new ServerNotFoundException(serverId));
        if (job != null && server.jobs().stream().noneMatch(j -> j.jobId() == job)) {
            String noJob = "Invalid job: server " + serverId + " has no job " + job;
            throw new NotFoundException(noJob, noJob, "problem.chart.noJob", serverId, job.toString());
        }
        Instant now = clock.instant();
        return ChartDataResponse.of(serverId, job, chartRange, charts.chart(serverId, job, chartRange.from(now), now));
    }
}
