package io.dupliwatch.collect;

import io.dupliwatch.config.LogEscape;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Collects several servers in the background, at most {@link CollectProperties#parallelism()} at a time, one
 * batch at a time; its progress can be read while it runs.
 */
@Service
public class BulkCollector {

    private static final Logger log = LoggerFactory.getLogger(BulkCollector.class);

    private final ServerCollector collector;
    private final ConnectionSettings settings;
    private final Clock clock;
    private final ExecutorService pool;
    private Batch batch;

    BulkCollector(ServerCollector collector, ConnectionSettings settings, CollectProperties properties, Clock clock) {
        this.collector = collector;
        this.settings = settings;
        this.clock = clock;
        this.pool = Executors.newFixedThreadPool(properties.parallelism(), namedThreads());
    }

    /** Starts collecting every server that has a connection. */
    public CollectProgress collectAll() {
        return start("manual", settings.all().stream().map(ConnectionView::serverId).toList());
    }

    /**
     * @throws CollectionRunningException while the previous batch runs
     */
    synchronized CollectProgress start(String trigger, List<String> serverIds) {
        if (batch != null && batch.running()) {
            throw new CollectionRunningException("A collection of " + batch.total() + " servers is running",
                    "problem.collect.bulkRunning", String.valueOf(batch.total()));
        }
        Batch started = new Batch(trigger, clock.instant(), serverIds);
        batch = started;
        for (String serverId : serverIds) {
            pool.execute(() -> collectOne(started, serverId));
        }
        if (serverIds.isEmpty()) {
            started.finishedAt = started.startedAt;
        }
        return started.snapshot();
    }

    public synchronized CollectProgress progress() {
        return batch == null ? CollectProgress.NONE : batch.snapshot();
    }

    synchronized boolean running() {
        return batch != null && batch.running();
    }

    private void collectOne(Batch batch, String serverId) {
        mark(batch, new CollectProgress.ServerProgress(serverId, "collecting", 0, 0, 0, null, null), false);
        CollectProgress.ServerProgress outcome;
        try {
            CollectResult result = collector.collect(serverId);
            outcome = new CollectProgress.ServerProgress(serverId, "done", result.imported(), result.skipped(),
                    result.failed(), null, result.errors().isEmpty() ? null : String.join("\n", result.errors()));
        }
        catch (DuplicatiException e) {
            outcome = new CollectProgress.ServerProgress(serverId, "failed", 0, 0, 0, e.problem().name(),
                    e.getMessage());
        }
        catch (CollectionRunningException | ConnectionNotFoundException e) {
            outcome = new CollectProgress.ServerProgress(serverId, "skipped", 0, 0, 0, null, e.getMessage());
        }
        catch (RuntimeException e) {
            log.error("Collecting {} failed unexpectedly", LogEscape.of(serverId), e);
            outcome = new CollectProgress.ServerProgress(serverId, "failed", 0, 0, 0, null,
                    "Internal error: " + e.getClass().getSimpleName());
        }
        mark(batch, outcome, true);
    }

    private synchronized void mark(Batch batch, CollectProgress.ServerProgress progress, boolean finished) {
        batch.servers.put(progress.serverId(), progress);
        if (finished && ++batch.done == batch.servers.size()) {
            batch.finishedAt = clock.instant();
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    private static ThreadFactory namedThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "collect-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** One batch; read and written under the collector's lock. */
    private static final class Batch {
        private final String trigger;
        private final Instant startedAt;
        private final Map<String, CollectProgress.ServerProgress> servers = new LinkedHashMap<>();
        private Instant finishedAt;
        private int done;

        Batch(String trigger, Instant startedAt, List<String> serverIds) {
            this.trigger = trigger;
            this.startedAt = startedAt;
            for (String serverId : serverIds) {
                servers.put(serverId, new CollectProgress.ServerProgress(serverId, "queued", 0, 0, 0, null, null));
            }
        }

        boolean running() {
            return finishedAt == null;
        }

        int total() {
            return servers.size();
        }

        CollectProgress snapshot() {
            List<CollectProgress.ServerProgress> list = new ArrayList<>(servers.values());
            return new CollectProgress(running(), trigger, startedAt, finishedAt, servers.size(), done,
                    list.stream().mapToInt(CollectProgress.ServerProgress::imported).sum(),
                    list.stream().mapToInt(CollectProgress.ServerProgress::skipped).sum(),
                    list.stream().mapToInt(CollectProgress.ServerProgress::failed).sum(), list);
        }
    }
}
