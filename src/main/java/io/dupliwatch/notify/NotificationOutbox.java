package io.dupliwatch.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import tools.jackson.databind.json.JsonMapper;

import io.dupliwatch.notify.DeliveryLog.Delivery;
import io.dupliwatch.notify.DeliveryLog.Outcome;
import io.dupliwatch.notify.NotificationSettings.Destination;
import io.dupliwatch.notify.NotificationSettings.Routing;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes an event and one outbox entry per destination, in the caller's transaction: the notification exists
 * if and only if the run (or overdue decision) was committed. Sending is the {@link OutboxWorker}'s job.
 * <p>
 * Flood control: a repeat of the same event kind for the same job within {@link NotifyProperties#floodWindow()}
 * of the one that was queued is not queued; each destination gets a {@code suppressed} delivery-log entry instead,
 * so a job (or a sender of junk reports) cannot bury its channels under the same alert.
 */
@Service
class NotificationOutbox {

    private final NotificationSettings settings;
    private final OutboxRepository outbox;
    private final OutboxWorker worker;
    private final DeliveryLog deliveries;
    private final MessageRenderer renderer;
    private final NotifyProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    NotificationOutbox(NotificationSettings settings, OutboxRepository outbox, OutboxWorker worker,
                       DeliveryLog deliveries, MessageRenderer renderer, NotifyProperties properties, JsonMapper json,
                       Clock clock) {
        this.settings = settings;
        this.outbox = outbox;
        this.worker = worker;
        this.deliveries = deliveries;
        this.renderer = renderer;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param lazyFacts read only when someone listens to the job
     * @return the number of deliveries queued (0 when the job's filter or channels say nobody listens)
     */
    @Transactional
    int enqueue(long jobId, String serverId, Supplier<EventFacts> lazyFacts) {
        Routing routing = settings.routeFor(jobId, serverId);
        if (routing.destinations().isEmpty()) {
            return 0;
        }
        EventFacts facts = lazyFacts.get();
        if (!routing.filter().accepts(facts)) {
            return 0;
        }
        Instant now = clock.instant();
        if (isRepeat(facts, now)) {
            logSuppressed(facts, routing, outbox.countRepeat(facts.jobId(), facts.event()), now);
            return 0;
        }
        long eventId = outbox.insertEvent(facts.event(), facts.jobId(), facts.runId(), json.writeValueAsString(facts),
                now);
        for (Destination destination : routing.destinations()) {
            outbox.insertEntry(eventId, destination.channelId(), destination.recipient(), now);
        }
        wakeWorkerAfterCommit();
        return routing.destinations().size();
    }

    private boolean isRepeat(EventFacts facts, Instant now) {
        Duration window = properties.floodWindow();
        return !window.isZero() && !window.isNegative()
                && !outbox.openFloodWindow(facts.jobId(), facts.event(), now, now.minus(window));
    }

    private void logSuppressed(EventFacts facts, Routing routing, int repeat, Instant now) {
        String title = renderer.render(facts, null).title();
        String reason = "Not sent: repeat " + repeat + " of this notification for the job within "
                + inMinutes(properties.floodWindow()) + " (dupliwatch.notify.flood-window)";
        for (Destination destination : routing.destinations()) {
            deliveries.record(new Delivery(null, now, destination.channelId(), destination.channelName(),
                    destination.channelKind(), destination.recipient(), facts.event(), facts.jobId(), facts.runId(),
                    facts.serverName(), facts.backupName(), title, 0, Outcome.SUPPRESSED, reason, null, 0));
        }
    }

    /** {@code 10m} as in the property, or {@code 90s} for a window of seconds. */
    private static String inMinutes(Duration window) {
        return window.toSecondsPart() == 0 ? window.toMinutes() + "m" : window.toSeconds() + "s";
    }

    private void wakeWorkerAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    worker.wake();
                }
            });
        }
        else {
            worker.wake();
        }
    }
}
