package io.dupliwatch.notify;

import io.dupliwatch.monitoring.JobOverdue;
import io.dupliwatch.monitoring.JobRecovered;
import io.dupliwatch.monitoring.JobUntested;
import io.dupliwatch.report.OperationRecorded;
import io.dupliwatch.report.RunRecorded;
import io.dupliwatch.report.RunStatus;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns domain events into outbox entries. The events are published inside the transaction that stored the
 * run or took the overdue decision, and these listeners run synchronously in it: they only write rows.
 */
@Component
class NotificationTriggers {

    private final EventFactsCollector facts;
    private final NotificationOutbox outbox;

    NotificationTriggers(EventFactsCollector facts, NotificationOutbox outbox) {
        this.facts = facts;
        this.outbox = outbox;
    }

    /** Only pushed runs are news; collected and imported runs are history. */
    @EventListener
    void runRecorded(RunRecorded event) {
        if (event.source().isLive()) {
            outbox.enqueue(event.jobId(), event.serverId(), () -> facts.forRun(event));
        }
    }

    @EventListener
    void jobOverdue(JobOverdue event) {
        outbox.enqueue(event.jobId(), event.serverId(), () -> facts.forOverdue(event));
    }

    /** Only a pushed failure of a restore, verification or other operation is news; successes are not notified. */
    @EventListener
    void operationRecorded(OperationRecorded event) {
        if (event.source().isLive() && RunStatus.of(event.status()).failed()) {
            outbox.enqueue(event.jobId(), event.serverId(), () -> facts.forOperation(event));
        }
    }

    @EventListener
    void jobUntested(JobUntested event) {
        outbox.enqueue(event.jobId(), event.serverId(), () -> facts.forUntested(event));
    }

    @EventListener
    void jobRecovered(JobRecovered event) {
        outbox.enqueue(event.jobId(), event.serverId(), () -> facts.forRecovery(event));
    }
}
