package io.dupliwatch.web.server;

import java.time.Instant;
import java.util.List;

import io.dupliwatch.report.ChartPoint;
import io.dupliwatch.report.RunChart;

/**
 * Chart series in the column layout uPlot draws: {@code time[i]} (epoch seconds, start of a bucket) goes with
 * the i-th value of every series. Flows (uploaded size, duration) are summed per bucket; levels (files, sizes,
 * versions) are each job's latest value, summed over jobs.
 *
 * @param jobId         {@code null} when the series cover every job of the server
 * @param bucketSeconds width of a bucket
 * @param duration      seconds
 */
public record ChartDataResponse(String serverId,
                                Long jobId,
                                String range,
                                Instant from,
                                Instant to,
                                long bucketSeconds,
                                List<Long> time,
                                List<Integer> runs,
                                List<Long> uploadedSize,
                                List<Double> duration,
                                List<Long> fileCount,
                                List<Long> fileSize,
                                List<Long> storageSize,
                                List<Long> versions) {

    static ChartDataResponse of(String serverId, Long jobId, ChartRange range, RunChart chart) {
        List<ChartPoint> points = chart.points();
        return new ChartDataResponse(serverId, jobId, range.param(), chart.from(), chart.to(),
                chart.bucket().toSeconds(),
                points.stream().map(p -> p.start().getEpochSecond()).toList(),
                points.stream().map(ChartPoint::runs).toList(),
                points.stream().map(ChartPoint::uploadedSize).toList(),
                points.stream().map(p -> Math.round(p.durationSeconds() * 10) / 10.0).toList(),
                points.stream().map(ChartPoint::fileCount).toList(),
                points.stream().map(ChartPoint::fileSize).toList(),
                points.stream().map(ChartPoint::storageSize).toList(),
                points.stream().map(ChartPoint::versions).toList());
    }
}
