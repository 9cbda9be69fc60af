package io.dupliwatch.report;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores runs. The only way in for pushed, collected and imported runs alike, so the duplicate rule
 * (machine-id + backup name + begin time, a unique constraint) and the per-job state hold for all of them.
 */
@Service
public class RunRecorder {

    private final RunRepository runs;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RunRecorder(RunRepository runs, TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock) {
        this.runs = runs;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores the run, creating its server and job on first sight, and publishes {@link RunRecorded} inside the
     * transaction.
     *
     * @return the event describing the stored run, or empty when the same run is already stored (nothing changed)
     */
    public Optional<RunRecorded> record(BackupRun run, RunSource source) {
        return transaction.execute(status -> {
            Instant now = clock.instant();
            ReportIdentity id = run.identity();
            String storedName = runs.upsertServer(id.machineId(), id.machineName(), now);
            if (!storedName.equals(id.machineName())) {
                runs.renameServer(id.machineId(), storedName, id.machineName(), now);
            }
            RunRepository.JobHead job = runs.upsertJob(id.machineId(), id.backupName(), now);
            Optional<Long> runId = runs.insertRun(job.id(), run, source, now);
            if (runId.isEmpty()) {
                status.setRollbackOnly();
                return Optional.empty();
            }
            boolean newest = job.latestBeginTime() == null || run.beginTime().toEpochMilli() >= job.latestBeginTime();
            runs.updateJobState(job.id(), runId.get(), run, newest);
            RunRecorded recorded = new RunRecorded(runId.get(), job.id(), id.machineId(), id.machineName(),
                    id.backupName(), run.status(), run.beginTime(), source, job.latestStatus(), newest, run);
            events.publishEvent(recorded);
            return Optional.of(recorded);
        });
    }
}
