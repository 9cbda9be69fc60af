package io.dupliwatch.monitoring;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.dupliwatch.report.Operation;

/**
 * A job's monitoring settings and state, in the shapes {@link JobMonitoringRequest} accepts; {@code timeZone} is
 * the zone its weekdays and times are read in (its server's, else the global one).
 */
record JobMonitoringResponse(long jobId,
                             String serverId,
                             String serverName,
                             String backupName,
                             boolean enabled,
                             String interval,
                             List<DayOfWeek> weekdays,
                             String timeOfDay,
                             JobMonitoringRequest.Window window,
                             String tolerance,
                             boolean toleranceInherited,
                             String scheduleSource,
                             Instant lastRunAt,
                             String lastStatus,
                             Instant nextExpectedAt,
                             boolean overdue,
                             Instant overdueAlertedAt,
                             Instant lastAlertAt,
                             String timeZone,
                             Map<String, String> operationIntervals,
                             List<String> untested) {

    static JobMonitoringResponse of(JobMonitoringView view) {
        JobSchedule schedule = view.schedule();
        return new JobMonitoringResponse(view.jobId(), view.serverId(), view.serverName(), view.backupName(),
                view.enabled(), schedule.interval().toString(), List.copyOf(schedule.weekdays()),
                schedule.timeOfDay() == null ? null : schedule.timeOfDay().toString(),
                JobMonitoringRequest.Window.of(schedule.window()), Interval.format(view.tolerance()),
                view.toleranceInherited(), view.scheduleSource().code(), view.lastRunAt(), view.lastStatus(),
                view.nextExpectedAt(), view.overdue(), view.overdueAlertedAt(), view.lastAlertAt(),
                view.timeZone().getId(),
                JobMonitoringRequest.labelled(view.operationIntervals()),
                view.untested().stream().map(Operation::label).toList());
    }
}
