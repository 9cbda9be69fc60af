package io.dupliwatch.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.dupliwatch.report.Operation;
import io.dupliwatch.report.OperationState;

/**
 * One job's monitoring state, for the dashboard, the API and metrics.
 *
 * @param tolerance          the tolerance in force (the job's own or the global one)
 * @param toleranceInherited whether {@code tolerance} is the global one
 * @param lastRunAt          begin time of the newest run, {@code null} without runs
 * @param nextExpectedAt     {@code null} without runs
 * @param overdue            enabled, has runs, and now is after next expected + tolerance
 * @param overdueAlertedAt   when the current overdue period was announced, {@code null} if it was not
 * @param timeZone           the zone the schedule is read in: the server's, else the global one
 * @param untested           expected operations that are missing or too old ({@link Untested})
 */
public record JobMonitoringView(long jobId,
                                String serverId,
                                String serverName,
                                String backupName,
                                boolean enabled,
                                JobSchedule schedule,
                                ScheduleSource scheduleSource,
                                Duration tolerance,
                                boolean toleranceInherited,
                                Instant lastRunAt,
                                String lastStatus,
                                Instant nextExpectedAt,
                                boolean overdue,
                                Instant overdueAlertedAt,
                                Instant lastAlertAt,
                                ZoneId timeZone,
                                Map<Operation, Interval> operationIntervals,
                                List<Operation> untested) {

    public JobMonitoringView {
        untested = List.copyOf(untested);
    }

    static JobMonitoringView of(MonitoredJob job, GlobalMonitoringSettings global, Instant now,
                                List<OperationState> operations) {
        Duration tolerance = job.schedule().effectiveTolerance(global.tolerance());
        boolean overdue = job.settings().enabled() && job.nextExpectedAt() != null
                && NextRunCalculator.isOverdue(now, job.nextExpectedAt(), tolerance);
        return new JobMonitoringView(job.jobId(), job.serverId(), job.serverName(), job.backupName(),
                job.settings().enabled(), job.schedule(), job.source(), tolerance, job.schedule().tolerance() == null,
                job.lastRunAt(), job.lastStatus(), job.nextExpectedAt(), overdue, job.overdueAlertedAt(),
                job.lastAlertAt(), job.zone(global.timeZone()),
                job.settings().operationIntervals(),
                Untested.of(job.settings(), operations, tolerance, job.zone(global.timeZone()), now));
    }
}
