package io.dupliwatch.report;

import java.time.Instant;

/**
 * Figures over everything stored, read from per-job state (never by scanning runs).
 *
 * @param uploadedBytes     bytes uploaded by every run ever stored
 * @param storageUsedBytes  destination size reported by the newest run of each job, summed
 * @param sourceSizeBytes   source size examined by the newest run of each job, summed
 * @param newestRunStart    begin time of the newest run anywhere, {@code null} when nothing is stored
 */
public record Totals(long servers, long jobs, long runs, long uploadedBytes, long storageUsedBytes,
                     long sourceSizeBytes, Instant newestRunStart) {
}
