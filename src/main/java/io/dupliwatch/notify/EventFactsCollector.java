package io.dupliwatch.notify;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.dupliwatch.errors.NotFoundException;
import io.dupliwatch.monitoring.JobOverdue;
import io.dupliwatch.monitoring.JobRecovered;
import io.dupliwatch.report.BackupRun;
import io.dupliwatch.report.RunQueries;
import io.dupliwatch.report.RunRecorded;
import io.dupliwatch.report.Server;
import io.dupliwatch.report.ServerDirectory;
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
    private final ServerDirectory servers;

    EventFactsCollector(RunQueries runs, ServerDirectory servers) {
        this.runs = runs;
        this.servers = servers;
    }

    /** From the event: the run was just stored, in this transaction, as the event carries it. */
    EventFacts forRun(RunRecorded recorded) {
        return runFacts(EventKind.forRunStatus(recorded.status()), recorded.jobId(), recorded.runId(),
                recorded.run(), null);
    }

    EventFacts forRecovery(JobRecovered recovered) {
        return runFacts(EventKind.RECOVERED, run(recovered.runId()), recovered.reason());
    }

    EventFacts forOverdue(JobOverdue overdue) {
        Server server = servers.resolve(overdue.serverId());
        return new EventFacts(EventKind.OVERDUE, overdue.jobId(), server.id(), server.name(), server.alias(),
                server.note(), overdue.backupName(), null, null, null, null, null, null, null, null, null, null,
                null, null, null, overdue.lastRunAt(), overdue.expectedAt(), overdue.tolerance().toSeconds(),
                overdue.interval(), null, overdue.reminder());
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
                    PREVIEW_TOLERANCE.toSeconds(), "1D", null, false);
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
                run.warningsCount(), run.errorsCount(), logText(run), null, null, null, null, recovery, null);
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
