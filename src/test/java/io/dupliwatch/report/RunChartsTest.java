package io.dupliwatch.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RunChartsTest {

    static final long HOUR = Duration.ofHours(1).toMillis();

    @Test
    void bucketsAreTheSmallestRoundSizeKeepingTheRangeUnder200Points() {
        assertThat(RunCharts.bucketFor(Duration.ofDays(7))).isEqualTo(Duration.ofHours(1));
        assertThat(RunCharts.bucketFor(Duration.ofDays(30))).isEqualTo(Duration.ofHours(6));
        assertThat(RunCharts.bucketFor(Duration.ofDays(90))).isEqualTo(Duration.ofHours(12));
        assertThat(RunCharts.bucketFor(Duration.ofDays(365))).isEqualTo(Duration.ofDays(2));
        assertThat(RunCharts.bucketFor(Duration.ofDays(3650))).isEqualTo(Duration.ofDays(30));
        assertThat(RunCharts.bucketFor(Duration.ofDays(365 * 300))).isEqualTo(Duration.ofDays(365));
    }

    @Test
    void flowsAreSummedPerBucketAndLevelsCarryEachJobsLatestValue() {
        List<RunHistoryRepository.BucketRow> rows = List.of(
                new RunHistoryRepository.BucketRow(1, 0, 2, 100, 60, 10, 1000, 5000, 3),
                new RunHistoryRepository.BucketRow(2, 0, 1, 50, 30, 20, 2000, 7000, 4),
                new RunHistoryRepository.BucketRow(1, 3, 1, 10, 15, 11, 1100, 5100, 4));

        List<ChartPoint> points = RunCharts.combine(rows, 0, HOUR);

        assertThat(points).containsExactly(
                new ChartPoint(Instant.EPOCH, 3, 150, 90, 30, 3000, 12000, 7),
                // job 2 did not run in bucket 3: its storage and versions still count
                new ChartPoint(Instant.ofEpochMilli(3 * HOUR), 1, 10, 15, 31, 3100, 12100, 8));
    }

    @Test
    void noRunsNoPoints() {
        assertThat(RunCharts.combine(List.of(), 0, HOUR)).isEmpty();
    }
}
