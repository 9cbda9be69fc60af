package io.dupliwatch.collect;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.dupliwatch.config.LogEscape;
import io.dupliwatch.report.ReportMerge;
import io.dupliwatch.report.ReportMerge.JobKey;
import io.dupliwatch.report.Server;
import io.dupliwatch.report.ServerDirectory;
import io.dupliwatch.report.ServerMergeStep;
import io.dupliwatch.report.ServerNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Merges one server into another – typically the identity a Duplicati server had before a reinstall into the
 * one its reports carry now – in one transaction; the source's name stays findable as a former name of the target.
 * Each feature moves the rows it owns ({@link ServerMergeStep}: monitoring, notification settings, heartbeats,
 * the connection, the ingest secret), in this order: for each job both servers have, report moves the runs, then
 * every step moves its rows, then report deletes the source job; then every step moves the server's rows and
 * report deletes the source server (deleting earlier would cascade to rows not yet moved).
 */
@Service
public class ServerMerger {

    private static final Logger log = LoggerFactory.getLogger(ServerMerger.class);

    private final ReportMerge report;
    private final List<ServerMergeStep> steps;
    private final ServerDirectory servers;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ServerMerger(ReportMerge report, List<ServerMergeStep> steps, ServerDirectory servers,
                 TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock) {
        this.report = report;
        this.steps = List.copyOf(steps);
        this.servers = servers;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws ServerNotFoundException when either server does not exist
     */
    public MergeResult merge(String sourceId, String targetId) {
        if (sourceId.equals(targetId)) {
            throw new InvalidMergeException("A server cannot be merged into itself", "problem.merge.itself");
        }
        requireServer(sourceId);
        requireServer(targetId);
        MergeResult result = transaction.execute(status -> {
            Map<String, Long> targetJobs = report.jobsOf(targetId).stream()
                    .collect(Collectors.toMap(JobKey::backupName, JobKey::id));
            int moved = 0;
            int merged = 0;
            int runsMoved = 0;
            for (JobKey job : report.jobsOf(sourceId)) {
                Long targetJob = targetJobs.get(job.backupName());
                if (targetJob == null) {
                    report.moveJob(job.id(), targetId);
                    moved++;
                }
                else {
                    runsMoved += report.mergeRuns(job.id(), targetJob, targetId);
                    steps.forEach(step -> step.mergeJob(job.id(), targetJob));
                    report.deleteJob(job.id());
                    merged++;
                }
            }
            steps.forEach(step -> step.mergeServer(sourceId, targetId));
            report.mergeServer(sourceId, targetId, clock.instant());
            events.publishEvent(new ServersMerged(sourceId, targetId, moved, merged, runsMoved));
            return new MergeResult(sourceId, targetId, moved, merged, runsMoved);
        });
        log.info("Merged server {} into {}: {} jobs moved, {} merged, {} runs moved", LogEscape.of(sourceId), LogEscape.of(targetId),
                result.jobsMoved(), result.jobsMerged(), result.runsMoved());
        return result;
    }

    private void requireServer(String id) {
        List<String> ids = servers.all().stream().map(Server::id).toList();
        if (!ids.contains(id)) {
            throw new ServerNotFoundException(id);
        }
    }
}
