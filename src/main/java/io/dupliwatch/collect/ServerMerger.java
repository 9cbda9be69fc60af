package io.dupliwatch.collect;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.dupliwatch.config.LogEscape;
import io.dupliwatch.collect.ServerMergeRepository.JobKey;
import io.dupliwatch.monitoring.JobMonitoringView;
import io.dupliwatch.monitoring.JobSchedule;
import io.dupliwatch.monitoring.JobSettings;
import io.dupliwatch.monitoring.MonitoringSettingsService;
import io.dupliwatch.monitoring.OverdueBoard;
import io.dupliwatch.monitoring.ScheduleSource;
import io.dupliwatch.report.Server;
import io.dupliwatch.report.ServerDirectory;
import io.dupliwatch.report.ServerNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Merges one server into another – typically the identity a Duplicati server had before a reinstall into the
 * one its reports carry now – in one transaction: jobs, runs, monitoring and notification settings, the
 * connection; the source's name stays findable as a former name of the target.
 */
@Service
public class ServerMerger {

    private static final Logger log = LoggerFactory.getLogger(ServerMerger.class);

    private final ServerMergeRepository merges;
    private final ServerDirectory servers;
    private final OverdueBoard monitoredJobs;
    private final MonitoringSettingsService monitoring;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ServerMerger(ServerMergeRepository merges, ServerDirectory servers, OverdueBoard monitoredJobs,
                 MonitoringSettingsService monitoring, TransactionTemplate transaction,
                 ApplicationEventPublisher events, Clock clock) {
        this.merges = merges;
        this.servers = servers;
        this.monitoredJobs = monitoredJobs;
        this.monitoring = monitoring;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws ServerNotFoundException when either server does not exist
     */
    public MergeResult merge(String sourceId, String targetId) {
        if (sourceId.equals(targetId)) {
            throw new InvalidMergeException("A server cannot be merged into itself");
        }
        requireServer(sourceId);
        requireServer(targetId);
        MergeResult result = transaction.execute(status -> {
            Map<String, Long> targetJobs = merges.jobsOf(targetId).stream()
                    .collect(Collectors.toMap(JobKey::backupName, JobKey::id));
            int moved = 0;
            int merged = 0;
            int runsMoved = 0;
            for (JobKey job : merges.jobsOf(sourceId)) {
                Long targetJob = targetJobs.get(job.backupName());
                if (targetJob == null) {
                    merges.moveJob(job.id(), targetId);
                    moved++;
                }
                else {
                    JobMonitoringView sourceMonitoring = monitoredJobs.find(job.id()).orElse(null);
                    JobMonitoringView targetMonitoring = monitoredJobs.find(targetJob).orElse(null);
                    runsMoved += merges.mergeJob(job.id(), targetJob, targetId);
                    carryOverSchedule(sourceMonitoring, targetMonitoring);
                    merged++;
                }
            }
            merges.mergeServer(sourceId, targetId, clock.instant());
            events.publishEvent(new ServersMerged(sourceId, targetId, moved, merged, runsMoved));
            return new MergeResult(sourceId, targetId, moved, merged, runsMoved);
        });
        log.info("Merged server {} into {}: {} jobs moved, {} merged, {} runs moved", LogEscape.of(sourceId), LogEscape.of(targetId),
                result.jobsMoved(), result.jobsMerged(), result.runsMoved());
        return result;
    }

    /**
     * The generic rule keeps the target job's monitoring row, but every job has one: a schedule the user set
     * (or Duplicati's) on the source must not lose to the default or inferred one the target got automatically.
     */
    private void carryOverSchedule(JobMonitoringView source, JobMonitoringView target) {
        if (source == null || target == null || rank(source.scheduleSource()) <= rank(target.scheduleSource())) {
            return;
        }
        JobSchedule schedule = source.schedule();
        if (source.scheduleSource() == ScheduleSource.USER) {
            monitoring.updateJob(target.jobId(), new JobSettings(source.enabled(), schedule));
        }
        else {
            ZoneId zone = monitoring.timeZone();
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

    private void requireServer(String id) {
        List<String> ids = servers.all().stream().map(Server::id).toList();
        if (!ids.contains(id)) {
            throw new ServerNotFoundException(id);
        }
    }
}
