package io.dupliwatch.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

/**
 * Chart series of a server or one of its jobs. Runs are grouped in the database into at most about
 * {@link #MAX_POINTS} buckets of a round size, so what leaves the database grows with the points drawn.
 */
@Service
public class RunCharts {

    static final int MAX_POINTS = 200;

    private static final List<Duration> BUCKETS = List.of(Duration.ofHours(1), Duration.ofHours(3),
            Duration.ofHours(6), Duration.ofHours(12), Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(7),
            Duration.ofDays(14), Duration.ofDays(30), Duration.ofDays(91), Duration.ofDays(365));

    private final RunHistoryRepository runs;

    RunCharts(RunHistoryRepository runs) {
        this.runs = runs;
    }

    /**
     * @param jobId only this job, {@code null} for all jobs of the server
     * @param from  start of the range, {@code null} for the server's (or job's) first run
     * @param to    end of the range, exclusive
     */
    public RunChart chart(String serverId, Long jobId, Instant from, Instant to) {
        Instant start = from != null ? from : runs.findFirstRunStart(serverId, jobId).orElse(to);
        Duration bucket = bucketFor(Duration.between(start, to));
        long bucketMillis = bucket.toMillis();
        long origin = Math.floorDiv(start.toEpochMilli(), bucketMillis) * bucketMillis;
        List<RunHistoryRepository.BucketRow> rows = runs.findBuckets(serverId, jobId, origin, bucketMillis, start,
                to.plusMillis(1));
        return new RunChart(start, to, bucket, combine(rows, origin, bucketMillis));
    }

    /** The smallest round bucket that keeps the range within {@link #MAX_POINTS} buckets. */
    static Duration bucketFor(Duration range) {
        for (Duration bucket : BUCKETS) {
            if (range.dividedBy(bucket) < MAX_POINTS) {
                return bucket;
            }
        }
        return BUCKETS.get(BUCKETS.size() - 1);
    }

    /** Rows ordered by bucket; levels carry each job's latest value forward. */
    static List<ChartPoint> combine(List<RunHistoryRepository.BucketRow> rows, long origin, long bucketMillis) {
        Map<Long, RunHistoryRepository.BucketRow> latestPerJob = new HashMap<>();
        List<ChartPoint> points = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            long bucket = rows.get(i).bucket();
            int count = 0;
            long uploaded = 0;
            double duration = 0;
            for (; i < rows.size() && rows.get(i).bucket() == bucket; i++) {
                RunHistoryRepository.BucketRow row = rows.get(i);
                count += row.runs();
                uploaded += row.uploaded();
                duration += row.duration();
                latestPerJob.put(row.jobId(), row);
            }
            long files = 0;
            long fileSize = 0;
            long storage = 0;
            long versions = 0;
            for (RunHistoryRepository.BucketRow level : latestPerJob.values()) {
                files += level.files();
                fileSize += level.fileSize();
                storage += level.storage();
                versions += level.versions();
            }
            points.add(new ChartPoint(Instant.ofEpochMilli(origin + bucket * bucketMillis), count, uploaded, duration,
                    files, fileSize, storage, versions));
        }
        return points;
    }
}
