package io.dupliwatch.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

import tools.jackson.databind.json.JsonMapper;

import io.dupliwatch.notify.NotificationSettings.Destination;
import io.dupliwatch.notify.NotificationSettings.Routing;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes an event and one outbox entry per destination, in the caller's transaction: the notification exists
 * if and only if the run (or overdue decision) was committed. Sending is the {@link OutboxWorker}'s job.
 */
@Service
class NotificationOutbox {

    private final NotificationSettings settings;
    private final OutboxRepository outbox;
    private final OutboxWorker worker;
    private final JsonMapper json;
    private final Clock clock;

    NotificationOutbox(NotificationSettings settings, OutboxRepository outbox, OutboxWorker worker, JsonMapper json,
                       Clock clock) {
        this.settings = settings;
        this.outbox = outbox;
        this.worker = worker;
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
        long eventId = outbox.insertEvent(facts.event(), facts.jobId(), facts.runId(), json.writeValueAsString(facts),
                now);
        for (Destination destination : routing.destinations()) {
            outbox.insertEntry(eventId, destination.channelId(), destination.recipient(), now);
        }
        wakeWorkerAfterCommit();
        return routing.destinations().size();
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
