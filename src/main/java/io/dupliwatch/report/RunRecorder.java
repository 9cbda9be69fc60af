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
    private final OperationRepository operations;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RunRecorder(RunRepository runs, OperationRepository operations, TransactionTemplate transaction,
                ApplicationEventPublisher events, Clock clock) {
        this.runs = runs;
        this.operations = operations;
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
            RunRepository.JobHead job = upsertJob(id, now);
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

    /**
     * Stores a run of an operation other than a backup (a restore, a verification...) with the job of the same
     * machine and backup name, creating them on first sight, and publishes {@link OperationRecorded} inside the
     * transaction. Backups go to {@link #record(BackupRun, RunSource)}.
     *
     * @return the event, or empty when the job already has a run of this operation with this begin time
     */
    public Optional<OperationRecorded> record(OperationRun operationRun, RunSource source) {
        if (operationRun.operation() == Operation.BACKUP) {
            throw new IllegalArgumentException("backups are recorded as BackupRun");
        }
        return transaction.execute(status -> {
            Instant now = clock.instant();
            BackupRun run = operationRun.run();
            ReportIdentity id = run.identity();
            long jobId = upsertJob(id, now).id();
            Optional<Long> runId = operations.insert(jobId, operationRun, source, now);
            if (runId.isEmpty()) {
                status.setRollbackOnly();
                return Optional.empty();
            }
            boolean newest = operations.lastBeginTime(jobId, operationRun.operation())
                    .map(last -> !run.beginTime().isBefore(last)).orElse(true);
            operations.updateState(jobId, runId.get(), operationRun.operation(), run);
            OperationRecorded recorded = new OperationRecorded(runId.get(), jobId, id.machineId(), id.machineName(),
                    id.backupName(), operationRun.operation(), run.status(), run.beginTime(), source, newest, operationRun);
            events.publishEvent(recorded);
            return Optional.of(recorded);
        });
    }

    private RunRepository.JobHead upsertJob(ReportIdentity id, Instant now) {
        String storedName = runs.upsertServer(id.machineId(), id.machineName(), now);
        if (!storedName.equals(id.machineName())) {
            runs.renameServer(id.machineId(), storedName, id.machineName(), now);
        }
        return runs.upsertJob(id.machineId(), id.backupName(), now);
    }
}
