package io.dupliwatch.web.live;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.dupliwatch.monitoring.JobOverdue;
import io.dupliwatch.monitoring.JobUntested;
import io.dupliwatch.report.OperationRecorded;
import io.dupliwatch.report.RunRecorded;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * What changed on the dashboard, for open pages. Each change (a run stored, a job overdue) gets a version
 * number; browsers hold one Server-Sent Events stream and receive only an event {@value #EVENT} carrying the
 * newest version, then ask for the changes since the version their page shows. A burst of changes (a collect of
 * hundreds of runs) becomes one event; a browser that missed events catches up on reconnection, because every
 * new stream starts with the current version.
 */
@Component
public class LiveEvents {

    /** The stream's path. */
    public static final String PATH = "/events";
    public static final String EVENT = "change";

    /** A job whose row and server card must be redrawn; {@code redraw}: the board layout changed (a new job). */
    public record Change(long version, String serverId, long jobId, boolean redraw) {
    }

    private static final Logger log = LoggerFactory.getLogger(LiveEvents.class);
    private static final int RETAINED_CHANGES = 1000;
    private static final Duration COALESCE = Duration.ofMillis(200);
    private static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

    private final Deque<Change> recent = new ArrayDeque<>();
    private final List<SseEmitter> streams = new CopyOnWriteArrayList<>();
    private final AtomicBoolean broadcastPending = new AtomicBoolean();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "live-events");
        thread.setDaemon(true);
        return thread;
    });
    private long version;

    public synchronized long version() {
        return version;
    }

    /**
     * @return the changes after {@code since}, oldest first; empty when they are no longer all known (the page
     *         is older than the retained changes, or from before a restart) and the page must be redrawn whole
     */
    public synchronized Optional<List<Change>> changesSince(long since) {
        if (since > version || (!recent.isEmpty() && since < recent.peekFirst().version() - 1)) {
            return Optional.empty();
        }
        List<Change> changes = new ArrayList<>();
        for (Change change : recent) {
            if (change.version() > since) {
                changes.add(change);
            }
        }
        return Optional.of(changes);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(RunRecorded recorded) {
        changed(recorded.serverId(), recorded.jobId(), recorded.previousStatus() == null);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(JobOverdue overdue) {
        changed(overdue.serverId(), overdue.jobId(), false);
    }

    /** A restore or verification changes the job's card (last verified, untested). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(OperationRecorded operation) {
        changed(operation.serverId(), operation.jobId(), false);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(JobUntested untested) {
        changed(untested.serverId(), untested.jobId(), false);
    }

    SseEmitter subscribe() {
        SseEmitter stream = new SseEmitter(STREAM_LIFETIME.toMillis());
        stream.onCompletion(() -> streams.remove(stream));
        stream.onTimeout(stream::complete);
        stream.onError(error -> streams.remove(stream));
        streams.add(stream);
        send(stream, SseEmitter.event().name(EVENT).data(version()));
        return stream;
    }

    @Scheduled(fixedDelay = 25, initialDelay = 25, timeUnit = TimeUnit.SECONDS)
    void heartbeat() {
        sender.execute(() -> streams.forEach(stream -> send(stream, SseEmitter.event().comment("heartbeat"))));
    }

    @EventListener(ContextClosedEvent.class)
    void closeStreams() {
        sender.shutdownNow();
        streams.forEach(SseEmitter::complete);
        streams.clear();
    }

    private void changed(String serverId, long jobId, boolean redraw) {
        synchronized (this) {
            version++;
            recent.addLast(new Change(version, serverId, jobId, redraw));
            while (recent.size() > RETAINED_CHANGES) {
                recent.removeFirst();
            }
        }
        if (broadcastPending.compareAndSet(false, true)) {
            try {
                sender.schedule(this::broadcast, COALESCE.toMillis(), TimeUnit.MILLISECONDS);
            }
            catch (RejectedExecutionException e) {
                broadcastPending.set(false); // shutting down
            }
        }
    }

    private void broadcast() {
        broadcastPending.set(false);
        long current = version();
        streams.forEach(stream -> send(stream, SseEmitter.event().name(EVENT).data(current)));
    }

    private void send(SseEmitter stream, SseEmitter.SseEventBuilder event) {
        try {
            stream.send(event);
        }
        catch (IOException | IllegalStateException e) {
            log.debug("Live stream gone: {}", e.getMessage());
            streams.remove(stream);
        }
    }
}
