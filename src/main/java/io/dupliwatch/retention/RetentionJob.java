package io.dupliwatch.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.dupliwatch.cluster.ClusterLock;
import io.dupliwatch.report.RunPruner;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Applies the retention limits daily, on one instance of the cluster. */
@Component
class RetentionJob {

    static final String LOCK = "retention";
    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final RetentionProperties properties;
    private final RunPruner pruner;
    private final ClusterLock clusterLock;
    private final Clock clock;

    RetentionJob(RetentionProperties properties, RunPruner pruner, ClusterLock clusterLock, Clock clock) {
        this.properties = properties;
        this.pruner = pruner;
        this.clusterLock = clusterLock;
        this.clock = clock;
    }

    @Scheduled(cron = "${dupliwatch.retention.cron:0 30 3 * * *}")
    void applyDaily() {
        if (!properties.keepsEverything()) {
            clusterLock.runExclusively(LOCK, Duration.ofHours(1), Duration.ofHours(6), this::apply);
        }
    }

    /** @return how many runs were deleted, backups and other operations */
    long apply() {
        Instant beganBefore = properties.maxAgeDays() > 0
                ? clock.instant().minus(Duration.ofDays(properties.maxAgeDays())) : null;
        long deleted = pruner.prune(beganBefore, properties.maxRunsPerJob());
        log.info("Retention: deleted {} runs of backups and other operations (max-age-days={}, max-runs-per-job={})",
                deleted, properties.maxAgeDays(), properties.maxRunsPerJob());
        return deleted;
    }
}
