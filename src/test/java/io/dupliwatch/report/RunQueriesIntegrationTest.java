package io.dupliwatch.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.dupliwatch.testsupport.Fleet;
import io.dupliwatch.testsupport.ServerTestBase;
import io.dupliwatch.testsupport.TestDatabases;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/** The read model of the web UI over stored runs: overview, history strips, history pages and charts. */
class RunQueriesIntegrationTest extends ServerTestBase {

    static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    @Autowired
    RunQueries queries;

    @Autowired
    RunCharts charts;

    @BeforeEach
    void postRuns() {
        new Fleet(http, NOW)
                .job("a1b2c3d4", "nas01", "Documents", "SSSSSWSSSSSSSE", Duration.ofDays(1), Duration.ofHours(1))
                .job("a1b2c3d4", "nas01", "Photos", "SSS", Duration.ofDays(1), Duration.ofHours(2))
                .job("e5f6a7b8", "db", "Dumps", "S", Duration.ofDays(1), Duration.ofHours(3));
    }

    long jobId(String name) {
        return jdbc.sql("SELECT id FROM jobs WHERE backup_name = :name").param("name", name).query(Long.class).single();
    }

    @Test
    void theOverviewHasEveryServerWithEachJobsNewestRun() {
        List<ServerOverview> overview = queries.overview();

        assertThat(overview).extracting(server -> server.server().name()).containsExactly("db", "nas01");
        ServerOverview nas = overview.get(1);
        assertThat(nas.jobs()).extracting(JobOverview::backupName).containsExactly("Documents", "Photos");
        assertThat(nas.jobs().get(0).runCount()).isEqualTo(14);
        assertThat(nas.jobs().get(0).latest().status()).isEqualTo("Error");
        assertThat(nas.jobs().get(0).latest().beginTime()).isEqualTo(NOW.minus(Duration.ofHours(1)));
    }

    @Test
    void recentRunsAreEachJobsNewestOnesOldestFirst() {
        Map<Long, List<RunSummary>> recent = queries.recentRuns(10);

        List<RunSummary> documents = recent.get(jobId("Documents"));
        assertThat(documents).hasSize(10);
        assertThat(documents).extracting(RunSummary::status)
                .containsExactly("Success", "Warning", "Success", "Success", "Success", "Success", "Success", "Success",
                        "Success", "Error");
        assertThat(documents.get(9).beginTime()).isEqualTo(NOW.minus(Duration.ofHours(1)));
        assertThat(recent.get(jobId("Photos"))).hasSize(3);
        assertThat(queries.recentRuns("e5f6a7b8", 10)).containsOnlyKeys(jobId("Dumps"));
    }

    @Test
    void historyPagesFilterByJobAndStatusAndSortByAnyColumn() {
        RunPage first = queries.history(new RunHistoryQuery("a1b2c3d4", null, null, RunOrder.BEGIN_TIME, true, 0, 5));
        assertThat(first.total()).isEqualTo(17);
        assertThat(first.pageCount()).isEqualTo(4);
        assertThat(first.runs()).extracting(RunSummary::beginTime).isSortedAccordingTo((a, b) -> b.compareTo(a));

        RunPage last = queries.history(new RunHistoryQuery("a1b2c3d4", null, null, RunOrder.BEGIN_TIME, true, 3, 5));
        assertThat(last.runs()).hasSize(2);

        RunPage errors = queries.history(new RunHistoryQuery("a1b2c3d4", jobId("Documents"), "Error",
                RunOrder.BEGIN_TIME, true, 0, 20));
        assertThat(errors.runs()).extracting(RunSummary::status).containsExactly("Error");

        RunPage byDuration = queries.history(new RunHistoryQuery("a1b2c3d4", null, null, RunOrder.DURATION, false, 0, 20));
        assertThat(byDuration.runs()).extracting(RunSummary::durationSeconds).isSorted();
    }

    @Test
    void chartsSumFlowsAndCarryLevelsOverTheRange() {
        RunChart chart = charts.chart("a1b2c3d4", null, NOW.minus(Duration.ofDays(30)), NOW);

        assertThat(chart.bucket()).isEqualTo(Duration.ofHours(6));
        assertThat(chart.points().stream().mapToInt(ChartPoint::runs).sum()).isEqualTo(17);
        long uploaded = jdbc.sql("SELECT SUM(uploaded_size) FROM runs WHERE server_id = 'a1b2c3d4'").query(Long.class).single();
        assertThat(chart.points().stream().mapToLong(ChartPoint::uploadedSize).sum()).isEqualTo(uploaded);
        long storageNow = jdbc.sql("SELECT SUM(latest_known_file_size) FROM jobs WHERE server_id = 'a1b2c3d4'")
                .query(Long.class).single();
        assertThat(chart.points().get(chart.points().size() - 1).storageSize()).isEqualTo(storageNow);

        RunChart allTime = charts.chart("a1b2c3d4", jobId("Photos"), null, NOW);
        assertThat(allTime.from()).isEqualTo(NOW.minus(Duration.ofHours(2)).minus(Duration.ofDays(2)));
        assertThat(allTime.points()).hasSize(3);
    }

    @Test
    void theHistoryStripReadsRunsThroughTheJobIndexNotByScanningRuns() {
        assumeThat(TestDatabases.postgres()).isFalse();
        List<String> plan = jdbc.sql("EXPLAIN QUERY PLAN " + OverviewRepository.recentRunsSql(false))
                .param("skip", 9).query((rs, n) -> rs.getString("detail")).list();

        assertThat(plan).anyMatch(step -> step.startsWith("SCAN j") || step.startsWith("SCAN bounds"));
        assertThat(plan).noneMatch(step -> step.startsWith("SCAN r"));
        assertThat(plan).noneMatch(step -> step.startsWith("SCAN r2"));
        assertThat(plan).anyMatch(step -> step.matches("SEARCH r USING .*INDEX .*\\(job_id=\\? AND begin_time>\\?\\)"));
    }
}
