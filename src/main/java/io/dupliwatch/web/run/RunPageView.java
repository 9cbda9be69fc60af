package io.dupliwatch.web.run;

import java.time.Instant;
import java.util.List;

import io.dupliwatch.config.UrlPath;
import io.dupliwatch.report.BackupRun;
import io.dupliwatch.report.Server;
import io.dupliwatch.report.StoredRun;

/**
 * The run page. Its links are paths of the application, without the context path ({@code Ui.href} adds it).
 *
 * @param olderRunId the job's previous run, {@code null} when this is its first
 * @param newerRunId the job's next run, {@code null} when this is its newest
 */
public record RunPageView(Server server, StoredRun stored, Long olderRunId, Long newerRunId) {

    /** Log lines shown per log; longer logs say how many more there are. */
    public static final int LOG_LIMIT = 1000;

    public BackupRun run() {
        return stored.run();
    }

    public String serverName() {
        return server.alias().isBlank() ? server.name() : server.alias();
    }

    public String serverUrl() {
        return UrlPath.of("servers", server.id());
    }

    public String jobUrl() {
        return serverUrl() + "?job=" + stored.jobId();
    }

    public String runUrl(long runId) {
        return serverUrl() + "/runs/" + runId;
    }

    public List<Log> logs() {
        return logs(run());
    }

    /** A run's errors, warnings and messages, with the counts Duplicati reported. */
    static List<Log> logs(BackupRun run) {
        return List.of(new Log("errors", run.log().errors(), run.errorsCount()),
                new Log("warnings", run.log().warnings(), run.warningsCount()),
                new Log("messages", run.log().messages(), run.messagesCount()));
    }

    public List<Instant> versions() {
        return run().availableBackups();
    }

    /**
     * One of the run's logs.
     *
     * @param reported how many lines Duplicati counted; more than {@code lines} when it cut the log
     */
    public record Log(String kind, List<String> lines, long reported) {

        public long count() {
            return Math.max(reported, lines.size());
        }

        public List<String> shown() {
            return lines.size() > LOG_LIMIT ? lines.subList(0, LOG_LIMIT) : lines;
        }

        public boolean truncatedByDuplicati() {
            return reported > lines.size();
        }

        public boolean open() {
            return "errors".equals(kind) && !lines.isEmpty();
        }
    }
}
