package io.dupliwatch.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Which jobs are overdue, and each job's monitoring view. Reads the per-job state kept by monitoring, so its
 * cost grows with jobs, never with runs.
 */
@Service
public class OverdueBoard {

    private final MonitoringRepository repository;
    private final MonitoringSettingsService settings;
    private final Clock clock;

    OverdueBoard(MonitoringRepository repository, MonitoringSettingsService settings, Clock clock) {
        this.repository = repository;
        this.settings = settings;
        this.clock = clock;
    }

    /** Enabled jobs with at least one run whose next expected run plus tolerance has passed. */
    public long countOverdue() {
        return repository.countOverdue(clock.instant(), settings.configuredTolerance());
    }

    public Optional<JobMonitoringView> find(long jobId) {
        return repository.find(jobId)
                .map(job -> JobMonitoringView.of(job, settings.global(), clock.instant()));
    }

    /** Every job with monitoring settings, by server name then backup name. */
    public List<JobMonitoringView> all() {
        GlobalMonitoringSettings global = settings.global();
        Instant now = clock.instant();
        return repository.findAll().stream().map(job -> JobMonitoringView.of(job, global, now)).toList();
    }
}
