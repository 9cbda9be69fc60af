package io.dupliwatch.monitoring;

import java.time.Clock;
import java.util.Optional;

import io.dupliwatch.report.RunRecorded;
import io.dupliwatch.report.RunStatus;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps monitoring in step with stored runs, inside the transaction that stored the run: gives a new job its
 * default settings, moves the next expected run after the newest run, ends an overdue period and announces
 * {@link JobRecovered} for the first good pushed run after a failure or an overdue alert.
 */
@Component
class RunRecordedListener {

    private final MonitoringRepository repository;
    private final MonitoringSettingsService settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RunRecordedListener(MonitoringRepository repository, MonitoringSettingsService settings,
                        ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void onRunRecorded(RunRecorded run) {
        repository.createSettingsIfAbsent(run.jobId(), clock.instant());
        if (!run.newest()) {
            return;
        }
        boolean wasAlertedOverdue = repository.endOverduePeriod(run.jobId());
        settings.refreshNextExpected(repository.find(run.jobId()).orElseThrow(), settings.timeZone());
        recoveryReason(run, wasAlertedOverdue).ifPresent(reason -> events.publishEvent(new JobRecovered(run.jobId(),
                run.runId(), run.serverId(), run.serverName(), run.backupName(), reason)));
    }

    /**
     * A pushed Success or Warning recovers a job that was announced overdue, else one whose previous run failed
     * (Error or Fatal).
     */
    static Optional<JobRecovered.Reason> recoveryReason(RunRecorded run, boolean wasAlertedOverdue) {
        if (!run.source().isLive() || !RunStatus.of(run.status()).succeeded()) {
            return Optional.empty();
        }
        if (wasAlertedOverdue) {
            return Optional.of(JobRecovered.Reason.AFTER_OVERDUE);
        }
        boolean previousFailed = run.previousStatus() != null && RunStatus.of(run.previousStatus()).failed();
        return previousFailed ? Optional.of(JobRecovered.Reason.AFTER_FAILURE) : Optional.empty();
    }
}
