package io.dupliwatch.monitoring;

import io.dupliwatch.config.LogEscape;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.dupliwatch.report.Operation;
import io.dupliwatch.report.OperationQueries;
import io.dupliwatch.report.OperationState;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks every job: refreshes its next expected run, announces {@link JobOverdue} when it becomes overdue and
 * again as the reminder frequency allows, and ends the overdue period when it no longer is; likewise
 * {@link JobUntested} for jobs whose expected restore or verification is missing. Each job's
 * decision is claimed by a conditional update and published in the same transaction, so concurrent checks
 * and restarts never announce twice. Cost: one query for all jobs, then writes only for jobs that change.
 */
@Component
class OverdueDetector {

    private static final Logger log = LoggerFactory.getLogger(OverdueDetector.class);

    /** What one check did. */
    record CheckResult(Instant checkedAt, int jobs, int overdue, int alerts, int reminders, int failures) {
    }

    private enum Outcome { FINE, OVERDUE, UNTESTED, ALERTED, REMINDED }

    private final MonitoringRepository repository;
    private final MonitoringSettingsService settings;
    private final OperationQueries operations;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OverdueDetector(MonitoringRepository repository, MonitoringSettingsService settings, OperationQueries operations,
                    TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.settings = settings;
        this.operations = operations;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    CheckResult check() {
        Instant now = clock.instant();
        GlobalMonitoringSettings global = settings.global();
        transaction.executeWithoutResult(status -> repository.createMissingSettings(now));
        List<MonitoredJob> jobs = repository.findActive();
        Map<Long, List<OperationState>> states = operations.states();
        int overdue = 0;
        int alerts = 0;
        int reminders = 0;
        int failures = 0;
        for (MonitoredJob job : jobs) {
            try {
                Outcome outcome = evaluate(job, global, now);
                Outcome untested = evaluateUntested(job, states.getOrDefault(job.jobId(), List.of()), global, now);
                alerts += untested == Outcome.ALERTED ? 1 : 0;
                reminders += untested == Outcome.REMINDED ? 1 : 0;
                overdue += outcome == Outcome.FINE ? 0 : 1;
                alerts += outcome == Outcome.ALERTED ? 1 : 0;
                reminders += outcome == Outcome.REMINDED ? 1 : 0;
            }
            catch (RuntimeException e) {
                failures++;
                log.error("Overdue check failed for job {} ({} / {})", job.jobId(), LogEscape.of(job.serverName()), LogEscape.of(job.backupName()), e);
            }
        }
        transaction.executeWithoutResult(status -> repository.saveLastCheck(now));
        if (alerts + reminders > 0) {
            log.info("Overdue check: {} of {} jobs overdue, {} alerts, {} reminders", overdue, jobs.size(), alerts, reminders);
        }
        return new CheckResult(now, jobs.size(), overdue, alerts, reminders, failures);
    }

    private Outcome evaluate(MonitoredJob job, GlobalMonitoringSettings global, Instant now) {
        ZoneId zone = global.timeZone();
        Instant next = MonitoringSettingsService.nextExpected(job, zone);
        boolean nextChanged = !Objects.equals(next, job.nextExpectedAt());
        Duration tolerance = job.schedule().effectiveTolerance(global.tolerance());
        boolean overdue = job.settings().enabled() && next != null && NextRunCalculator.isOverdue(now, next, tolerance);
        boolean alerted = job.overdueAlertedAt() != null;
        Optional<Instant> reminderDue = alerted
                ? global.reminderFrequency().nextReminder(job.lastAlertAt(), zone).filter(due -> !now.isBefore(due))
                : Optional.empty();
        boolean act = overdue ? !alerted || reminderDue.isPresent() : alerted;
        if (!nextChanged && !act) {
            return overdue ? Outcome.OVERDUE : Outcome.FINE;
        }
        return transaction.execute(status -> {
            if (nextChanged) {
                settings.saveNextExpected(job.jobId(), next);
            }
            if (!overdue) {
                repository.endOverduePeriod(job.jobId());
                return Outcome.FINE;
            }
            if (!alerted && repository.claimFirstAlert(job.jobId(), job.lastRunAt(), now)) {
                events.publishEvent(overdueEvent(job, next, tolerance, false));
                return Outcome.ALERTED;
            }
            if (reminderDue.isPresent() && repository.claimReminder(job.jobId(), job.lastRunAt(), job.lastAlertAt(), now)) {
                events.publishEvent(overdueEvent(job, next, tolerance, true));
                return Outcome.REMINDED;
            }
            return Outcome.OVERDUE;
        });
    }

    /** The untested period of a job, claimed like the overdue one; it ends silently when the check finds it over. */
    private Outcome evaluateUntested(MonitoredJob job, List<OperationState> states, GlobalMonitoringSettings global,
                                     Instant now) {
        ZoneId zone = global.timeZone();
        List<Operation> untested = Untested.of(job, states, global, now);
        boolean alerted = job.untestedAlertedAt() != null;
        if (untested.isEmpty()) {
            if (alerted) {
                transaction.executeWithoutResult(status -> repository.endUntestedPeriod(job.jobId()));
            }
            return Outcome.FINE;
        }
        boolean reminderDue = alerted && global.reminderFrequency().nextReminder(job.untestedLastAlertAt(), zone)
                .filter(due -> !now.isBefore(due)).isPresent();
        if (alerted && !reminderDue) {
            return Outcome.UNTESTED;
        }
        return transaction.execute(status -> {
            boolean claimed = alerted ? repository.claimUntestedReminder(job.jobId(), job.untestedLastAlertAt(), now)
                    : repository.claimFirstUntestedAlert(job.jobId(), now);
            if (!claimed) {
                return Outcome.UNTESTED;
            }
            events.publishEvent(new JobUntested(job.jobId(), job.serverId(), job.serverName(), job.backupName(),
                    untested.stream().map(Operation::label).toList(), alerted));
            return alerted ? Outcome.REMINDED : Outcome.ALERTED;
        });
    }

    private static JobOverdue overdueEvent(MonitoredJob job, Instant expectedAt, Duration tolerance, boolean reminder) {
        return new JobOverdue(job.jobId(), job.serverId(), job.serverName(), job.backupName(), job.lastRunAt(),
                expectedAt, tolerance, job.schedule().interval().toString(), reminder);
    }
}
