package io.dupliwatch.monitoring;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A job as monitoring sees it: identity, newest run, stored next expected run, settings and alert state.
 *
 * @param lastRunAt        begin time of the newest run, {@code null} for a job without runs
 * @param nextExpectedAt   as last computed, {@code null} without runs
 * @param overdueAlertedAt first alert of the current overdue period, {@code null} when none was sent
 * @param serverZone       the server's own time zone, {@code null} when it has none
 * @param untestedAlertedAt first alert of the current untested period, {@code null} when none was sent
 */
record MonitoredJob(long jobId,
                    String serverId,
                    String serverName,
                    String backupName,
                    Instant lastRunAt,
                    String lastStatus,
                    Instant nextExpectedAt,
                    JobSettings settings,
                    ScheduleSource source,
                    Instant overdueAlertedAt,
                    Instant lastAlertAt,
                    ZoneId serverZone,
                    Instant untestedAlertedAt,
                    Instant untestedLastAlertAt) {

    JobSchedule schedule() {
        return settings.schedule();
    }

    /** The zone the job's weekdays and times of day are read in: its server's, else the global one. */
    ZoneId zone(ZoneId globalZone) {
        return serverZone != null ? serverZone : globalZone;
    }
}
