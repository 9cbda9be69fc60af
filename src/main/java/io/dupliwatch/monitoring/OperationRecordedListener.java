package io.dupliwatch.monitoring;

import java.time.Clock;
import java.time.Instant;

import io.dupliwatch.report.OperationQueries;
import io.dupliwatch.report.OperationRecorded;
import io.dupliwatch.report.RunStatus;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps monitoring in step with stored restores and verifications, inside the transaction that stored them: gives
 * a new job its default settings, and when a pushed successful run satisfies every expectation of a job announced
 * untested, ends the period and announces {@link JobRecovered} at once (not at the next check).
 */
@Component
class OperationRecordedListener {

    private final MonitoringRepository repository;
    private final MonitoringSettingsService settings;
    private final OperationQueries operations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OperationRecordedListener(MonitoringRepository repository, MonitoringSettingsService settings,
                              OperationQueries operations, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.settings = settings;
        this.operations = operations;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void onOperationRecorded(OperationRecorded recorded) {
        Instant now = clock.instant();
        repository.createSettingsIfAbsent(recorded.jobId(), now);
        if (!recorded.source().isLive() || !RunStatus.of(recorded.status()).succeeded()) {
            return;
        }
        MonitoredJob job = repository.find(recorded.jobId()).orElseThrow();
        if (job.untestedAlertedAt() == null) {
            return;
        }
        boolean satisfied = Untested.of(job, operations.states(job.jobId()), settings.global(), now).isEmpty();
        if (satisfied && repository.endUntestedPeriod(job.jobId())) {
            events.publishEvent(new JobRecovered(job.jobId(), recorded.operationRunId(), recorded.serverId(),
                    recorded.serverName(), recorded.backupName(), JobRecovered.Reason.AFTER_UNTESTED));
        }
    }
}
