package io.dupliwatch.collect;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ScheduledFuture;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Collects the servers whose connection asks for it every N hours. Checks every
 * {@link CollectProperties#autoCollectCheck()}; due servers go to the {@link BulkCollector} as one batch, so
 * automatic collection never overlaps a manual "collect all".
 */
@Component
class AutoCollector {

    private static final Logger log = LoggerFactory.getLogger(AutoCollector.class);

    private final ConnectionRepository connections;
    private final BulkCollector bulk;
    private final TaskScheduler scheduler;
    private final CollectProperties properties;
    private final Clock clock;
    private ScheduledFuture<?> task;

    AutoCollector(ConnectionRepository connections, BulkCollector bulk, TaskScheduler scheduler,
                  CollectProperties properties, Clock clock) {
        this.connections = connections;
        this.bulk = bulk;
        this.scheduler = scheduler;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void schedule() {
        int released = connections.releaseAllClaims();
        if (released > 0) {
            log.info("{} collections were interrupted by the last shutdown", released);
        }
        task = scheduler.scheduleWithFixedDelay(this::collectDueServers, properties.autoCollectCheck());
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
            log.info("Automatic collection of {} started", due);
        }
        catch (CollectionRunningException e) {
            log.debug("Automatic collection postponed: {}", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
