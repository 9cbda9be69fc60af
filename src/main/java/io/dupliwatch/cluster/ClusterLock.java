package io.dupliwatch.cluster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Makes scheduled work run once per cluster, not once per instance, when several instances share one database.
 * Every instance keeps its own {@code @Scheduled} timer and wraps the work in {@link #runExclusively}: the first
 * instance to take the named lease (a row of {@code cluster_locks}, taken by a conditional UPDATE) runs it, the
 * others skip that turn. The same table serves SQLite, where it simply always succeeds for the single instance.
 *
 * <pre>{@code
 * @Scheduled(fixedDelayString = "${dupliwatch.monitoring.check-interval:5m}")
 * void check() {
 *     clusterLock.runExclusively("monitoring.overdue-check", Duration.ofMinutes(4), Duration.ofMinutes(15), detector::check);
 * }
 * }</pre>
 * Lease times are read from the injected {@link Clock}; instances must have synchronised clocks (NTP).
 */
@Component
public class ClusterLock {

    private static final Logger log = LoggerFactory.getLogger(ClusterLock.class);

    private final LeaseRepository leases;
    private final Clock clock;
    private final String instanceId;

    @Autowired
    ClusterLock(LeaseRepository leases, Clock clock) {
        this(leases, clock, defaultInstanceId());
    }

    ClusterLock(LeaseRepository leases, Clock clock, String instanceId) {
        this.leases = leases;
        this.clock = clock;
        this.instanceId = instanceId;
    }

    /**
     * Runs {@code task} here unless another instance holds the lease {@code name}.
     *
     * @param minHold the lease is kept at least this long after the start, even when the task is done sooner, so that
     *                an instance whose timer fires a moment later skips this turn: a little less than the schedule's
     *                interval for periodic work, {@link Duration#ZERO} to release as soon as the task ends
     * @param maxHold the lease is given up after this long even if the holder never releases it (it crashed):
     *                longer than the task can take
     * @return whether the task ran on this instance
     */
    public boolean runExclusively(String name, Duration minHold, Duration maxHold, Runnable task) {
        if (minHold.compareTo(maxHold) > 0) {
            throw new IllegalArgumentException("minHold " + minHold + " is longer than maxHold " + maxHold);
        }
        Instant start = clock.instant();
        if (!leases.tryAcquire(name, instanceId, start, start.plus(maxHold))) {
            log.debug("Skipping {}: another instance holds its lease", name);
            return false;
        }
        try {
            task.run();
        }
        finally {
            Instant end = clock.instant();
            Instant earliestRelease = start.plus(minHold);
            if (!leases.release(name, instanceId, start, end.isAfter(earliestRelease) ? end : earliestRelease)) {
                log.warn("{} ran for {}, longer than its lease ({}): another instance took the lease meanwhile",
                        name, Duration.between(start, end), maxHold);
            }
        }
        return true;
    }

    /** Who holds leases taken here, as written to {@code cluster_locks.locked_by}. */
    public String instanceId() {
        return instanceId;
    }

    private static String defaultInstanceId() {
        String host = System.getenv().getOrDefault("HOSTNAME", "dupliwatch");
        return host + "/" + UUID.randomUUID().toString().substring(0, 8);
    }
}
