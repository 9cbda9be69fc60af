package io.dupliwatch.report;

import java.time.Instant;

/**
 * One bucket of a chart. Flows (uploaded bytes, duration) are summed over the runs in the bucket; levels (files,
 * sizes, versions) are each job's latest value in or before the bucket, summed over jobs.
 *
 * @param runs runs that started in the bucket
 */
public record ChartPoint(Instant start,
                         int runs,
                         long uploadedSize,
                         double durationSeconds,
                         long fileCount,
                         long fileSize,
                         long storageSize,
                         long versions) {
}
