package io.dupliwatch.notify;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.dupliwatch.errors.NotFoundException;
import io.dupliwatch.monitoring.JobOverdue;
import io.dupliwatch.monitoring.JobRecovered;
import io.dupliwatch.monitoring.JobUntested;
import io.dupliwatch.report.BackupRun;
import io.dupliwatch.report.Operation;
import io.dupliwatch.report.OperationQueries;
import io.dupliwatch.report.OperationRecorded;
import io.dupliwatch.report.OperationRun;
import io.dupliwatch.report.RunQueries;
import io.dupliwatch.report.RunRecorded;
import io.dupliwatch.report.Server;
import io.dupliwatch.report.ServerDirectory;
import io.dupliwatch.report.StoredOperationRun;
import io.dupliwatch.report.StoredRun;

import org.springframework.stereotype.Component;

/** Reads what a notification needs about a run and its server, inside the caller's transaction. */
@Component
class EventFactsCollector {

    /** {@code {log_text}} is for a glance: the first lines, not megabytes. */
    static final int MAX_LOG_LINES = 20;
    static final int MAX_LOG_CHARS = 3000;

    /** Used to preview the overdue template against a run when no real overdue decision exists. */
    private static final Duration PREVIEW_INTERVAL = Duration.ofDays(1);
    private static final Duration PREVIEW_TOLERANCE = Duration.ofHours(2);

    private final RunQueries runs;
    private final OperationQueries operations;
    private final ServerDirectory servers;

    EventFactsCollector(RunQueries runs, OperationQueries operations, ServerDirectory servers) {
        this.runs = runs;
        this.operations = operations;
        this.servers = servers;
    }

    /** From the event: the run was just stored, in this transaction, as the event carries it. */
    EventFacts forRun(RunRecorded recorded) {
        return runFacts(EventKind.forRunStatus(recorded.status()), recorded.jobId(), recorded.runId(),
                recorded.run(), null);
    }

    EventFacts forRecovery(JobRecovered recovered) {
        if (recovered.reason() == JobRecovered.Reason.AFTER_UNTESTED) {
            StoredOperationRun stored = operations.run(recovered.runId())
                    .orElseThrow(() -> new NotFoundException("No operation run with id " + recovered.runId()));
            return operationFacts(EventKind.RECOVERED, stored.jobId(), stored.run(), recovered.reason());
        }
        return runFacts(EventKind.RECOVERED, run(recovered.runId()), recovered.reason());
    }

    EventFacts forOverdue(JobOverdue overdue) {
        Server server = servers.resolve(overdue.serverId());
        return new EventFacts(EventKind.OVERDUE, overdue.jobId(), server.id(), server.name(), server.alias(),
                server.note(), overdue.backupName(), null, null, null, null, null, null, null, null, null, null,
                null, null, null, overdue.lastRunAt(), overdue.expectedAt(), overdue.tolerance().toSeconds(),
                overdue.interval(), null, overdue.reminder(), null);
    }

    EventFacts forUntested(JobUntested untested) {
        Server server = servers.resolve(untested.serverId());
        return new EventFacts(EventKind.UNTESTED, untested.jobId(), server.id(), server.name(), server.alias(),
                server.note(), untested.backupName(), null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, untested.reminder(),
                String.join(", ", untested.operations()));
    }

    /** From the event: a restore, verification or other operation that failed. */
    EventFacts forOperation(OperationRecorded recorded) {
        return operationFacts(EventKind.OPERATION_FAILED, recorded.jobId(), recorded.run(), null);
    }

    /**
     * Facts for previewing {@code event}'s template against a stored run. An overdue preview pretends the run
     * was the last one and a daily run was expected after it.
     */
    EventFacts forPreview(EventKind event, long runId) {
        StoredRun stored = run(runId);
        if (event == EventKind.OVERDUE) {
            BackupRun run = stored.run();
            Server server = servers.resolve(run.identity().machineId());
            return new EventFacts(EventKind.OVERDUE, stored.jobId(), server.id(), server.name(), server.alias(),
                    server.note(), run.identity().backupName(), null, null, null, null, null, null, null, null, null,
                    null, null, null, null, run.beginTime(), run.beginTime().plus(PREVIEW_INTERVAL),
                    PREVIEW_TOLERANCE.toSeconds(), "1D", null, false, null);
        }
        if (event == EventKind.UNTESTED || event == EventKind.OPERATION_FAILED) {
            // Previewed against a backup run: the facts of a restore of the same job.
            EventFacts facts = runFacts(event, stored, null);
            return new EventFacts(event, facts.jobId(), facts.serverId(), facts.serverName(), facts.serverAlias(),
                    facts.serverNote(), facts.backupName(), facts.runId(), facts.status(), facts.backupDate(),
                    facts.durationSeconds(), null, null, null, null, null, facts.messagesCount(),
                    facts.warningsCount(), facts.errorsCount(), facts.logText(), null, null, null, null, null,
                    false, Operation.RESTORE.label());
        }
        if (event == EventKind.RECOVERED) {
            return runFacts(event, stored, JobRecovered.Reason.AFTER_FAILURE);
        }
        return runFacts(event, stored, null);
    }

    private StoredRun run(long runId) {
        return runs.run(runId)
                .orElseThrow(() -> new NotFoundException("No run with id " + runId));
    }

    private EventFacts runFacts(EventKind event, StoredRun stored, JobRecovered.Reason recovery) {
        return runFacts(event, stored.jobId(), stored.id(), stored.run(), recovery);
    }

    private EventFacts runFacts(EventKind event, long jobId, long runId, BackupRun run, JobRecovered.Reason recovery) {
        Server server = servers.resolve(run.identity().machineId());
        return new EventFacts(event, jobId, server.id(), server.name(), server.alias(), server.note(),
                run.identity().backupName(), runId, run.status(), run.beginTime(), run.durationSeconds(),
                run.files().examinedFiles(), run.files().sizeOfExaminedFiles(), run.backend().bytesUploaded(),
                run.backend().knownFileSize(), run.backend().backupListCount(), run.messagesCount(),
                run.warningsCount(), run.errorsCount(), logText(run), null, null, null, null, recovery, null, null);
    }

    /** An operation run keeps no file or destination figures: those stay unset. */
    private EventFacts operationFacts(EventKind event, long jobId, OperationRun operationRun, JobRecovered.Reason recovery) {
        BackupRun run = operationRun.run();
        Server server = servers.resolve(run.identity().machineId());
        return new EventFacts(event, jobId, server.id(), server.name(), server.alias(), server.note(),
                run.identity().backupName(), null, run.status(), run.beginTime(), run.durationSeconds(),
                null, null, null, null, null, run.messagesCount(), run.warningsCount(), run.errorsCount(),
                logText(run), null, null, null, null, recovery, null, operationRun.operation().label());
    }

    /** Warnings and errors, one per line; all messages when there are none (as duplistatus does). */
    static String logText(BackupRun run) {
        List<String> problems = Stream.concat(run.log().warnings().stream(), run.log().errors().stream()).toList();
        List<String> lines = problems.isEmpty() ? run.log().messages() : problems;
        String text = lines.stream().limit(MAX_LOG_LINES).map(String::strip).collect(Collectors.joining("\n"));
        if (lines.size() > MAX_LOG_LINES) {
            text += "\n… (" + (lines.size() - MAX_LOG_LINES) + " more)";
        }
        return text.length() <= MAX_LOG_CHARS ? text : text.substring(0, MAX_LOG_CHARS - 1) + "…";
    }
}
