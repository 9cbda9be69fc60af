package io.dupliwatch.collect;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.dupliwatch.config.LogEscape;
import io.dupliwatch.cluster.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Collects the servers whose connection asks for it every N hours. Looks once a minute (on one instance of a
 * cluster at a time); due servers go to the {@link BulkCollector} as one batch, so automatic collection never
 * overlaps a manual "collect all". Each server's claim in its connection row keeps two instances (or a manual
 * collection) from collecting it at once.
 */
@Component
class AutoCollector {

    private static final Logger log = LoggerFactory.getLogger(AutoCollector.class);
    private static final Duration TICK = Duration.ofMinutes(1);

    private final ConnectionRepository connections;
    private final BulkCollector bulk;
    private final ClusterLock clusterLock;
    private final Clock clock;

    AutoCollector(ConnectionRepository connections, BulkCollector bulk, ClusterLock clusterLock, Clock clock) {
        this.connections = connections;
        this.bulk = bulk;
        this.clusterLock = clusterLock;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
    void tick() {
        clusterLock.runExclusively("collect.auto-collect", TICK.dividedBy(2), TICK.multipliedBy(2),
                this::collectDueServers);
    }

    void collectDueServers() {
        if (bulk.running()) {
            return;
        }
        List<String> due = connections.dueForAutoCollect(clock.instant());
        if (due.isEmpty()) {
            return;
        }
        try {
            bulk.start("automatic", due);
            log.info("Automatic collection of {} started", LogEscape.of(due));
        }
        catch (CollectionRunningException e) {
            log.debug("Automatic collection postponed: {}", e.getMessage());
        }
    }
}
