package io.dupliwatch.monitoring;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Listens like the notify feature will: records each monitoring event and whether a transaction was open. */
class RecordedEvents {

    record Recorded(Object event, boolean inTransaction) {
    }

    private final List<Recorded> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(JobOverdue event) {
        record(event);
    }

    @EventListener
    void on(JobRecovered event) {
        record(event);
    }

    private void record(Object event) {
        events.add(new Recorded(event, TransactionSynchronizationManager.isActualTransactionActive()));
    }

    <T> List<T> of(Class<T> type) {
        return events.stream().map(Recorded::event).filter(type::isInstance).map(type::cast).toList();
    }

    boolean allInTransaction() {
        return events.stream().allMatch(Recorded::inTransaction);
    }

    void clear() {
        events.clear();
    }
}
