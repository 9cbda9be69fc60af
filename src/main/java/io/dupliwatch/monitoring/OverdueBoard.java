package io.dupliwatch.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.dupliwatch.report.OperationQueries;
import io.dupliwatch.report.OperationState;

import org.springframework.stereotype.Service;

/**
 * Which jobs are overdue, and each job's monitoring view. Reads the per-job state kept by monitoring, so its
 * cost grows with jobs, never with runs.
 */
@Service
public class OverdueBoard {

    private final MonitoringRepository repository;
    private final MonitoringSettingsService settings;
    private final OperationQueries operations;
    private final Clock clock;

    OverdueBoard(MonitoringRepository repository, MonitoringSettingsService settings, OperationQueries operations,
                 Clock clock) {
        this.repository = repository;
        this.settings = settings;
        this.operations = operations;
        this.clock = clock;
    }

    /** Enabled jobs with at least one run whose next expected run plus tolerance has passed. */
    public long countOverdue() {
        return repository.countOverdue(clock.instant(), settings.configuredTolerance());
    }

    public Optional<JobMonitoringView> find(long jobId) {
        GlobalMonitoringSettings global = settings.global();
        return repository.find(jobId).map(job -> JobMonitoringView.of(job, global, clock.instant(), operations.states(jobId)));
    }

    /** Every job with monitoring settings, by server name then backup name. */
    public List<JobMonitoringView> all() {
        GlobalMonitoringSettings global = settings.global();
        Instant now = clock.instant();
        Map<Long, List<OperationState>> states = operations.states();
        return repository.findAll().stream().map(job -> JobMonitoringView.of(job, global, now,
                states.getOrDefault(job.jobId(), List.of()))).toList();
    }
}
