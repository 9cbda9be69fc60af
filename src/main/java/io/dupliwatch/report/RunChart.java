package io.dupliwatch.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Run metrics over a time range, one point per non-empty bucket, oldest first. */
public record RunChart(Instant from, Instant to, Duration bucket, List<ChartPoint> points) {

    public RunChart {
        points = List.copyOf(points);
    }
}
