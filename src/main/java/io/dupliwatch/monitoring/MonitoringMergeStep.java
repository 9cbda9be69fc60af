package io.dupliwatch.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import io.dupliwatch.report.ServerMergeStep;

import org.springframework.stereotype.Component;

/** Monitoring's part of a server merge: a merged job keeps the better schedule of the two. */
@Component
class MonitoringMergeStep implements ServerMergeStep {

    private final MonitoringRepository repository;
    private final OverdueBoard monitoredJobs;
    private final MonitoringSettingsService monitoring;
    private final Clock clock;

    MonitoringMergeStep(MonitoringRepository repository, OverdueBoard monitoredJobs,
                        MonitoringSettingsService monitoring, Clock clock) {
        this.repository = repository;
        this.monitoredJobs = monitoredJobs;
        this.monitoring = monitoring;
        this.clock = clock;
    }

    @Override
    public void mergeJob(long sourceJobId, long targetJobId) {
        JobMonitoringView source = monitoredJobs.find(sourceJobId).orElse(null);
        JobMonitoringView target = monitoredJobs.find(targetJobId).orElse(null);
        repository.mergeSettings(sourceJobId, targetJobId);
        carryOverSchedule(source, target);
    }

    /**
     * The target job's settings are kept, but every job has some: a schedule the user set (or Duplicati's) on the
     * source must not lose to the default or inferred one the target got automatically.
     */
    private void carryOverSchedule(JobMonitoringView source, JobMonitoringView target) {
        if (source == null || target == null || rank(source.scheduleSource()) <= rank(target.scheduleSource())) {
            return;
        }
        JobSchedule schedule = source.schedule();
        if (source.scheduleSource() == ScheduleSource.USER) {
            monitoring.updateJob(target.jobId(), new JobSettings(source.enabled(), schedule, source.operationIntervals()));
        }
        else {
            ZoneId zone = target.timeZone();
            Instant anchor = schedule.timeOfDay() == null ? null
                    : LocalDate.now(clock.withZone(zone)).atTime(schedule.timeOfDay()).atZone(zone).toInstant();
            monitoring.applyDuplicatiSchedule(target.jobId(), schedule.interval(), schedule.weekdays(), anchor);
        }
    }

    private static int rank(ScheduleSource source) {
        return switch (source) {
            case DEFAULT, INFERRED -> 0;
            case DUPLICATI -> 1;
            case USER -> 2;
        };
    }
}
