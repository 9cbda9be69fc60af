package io.dupliwatch.web.run;

import java.util.List;

import io.dupliwatch.config.UrlPath;
import io.dupliwatch.report.BackupRun;
import io.dupliwatch.report.OperationRun;
import io.dupliwatch.report.Server;
import io.dupliwatch.report.StoredOperationRun;

/** The page of one restore, verification or other operation besides a backup. */
public record OperationPageView(Server server, StoredOperationRun stored) {

    public OperationRun operation() {
        return stored.run();
    }

    public BackupRun run() {
        return stored.run().run();
    }

    public String serverName() {
        return server.alias().isBlank() ? server.name() : server.alias();
    }

    public String jobUrl() {
        return UrlPath.of("servers", server.id()) + "?job=" + stored.jobId();
    }

    public List<RunPageView.Log> logs() {
        return RunPageView.logs(run());
    }

    /** A figure's value as the page shows it: sizes readable, counts grouped, texts as sent. */
    public boolean isSize(String figure) {
        return figure.startsWith("SizeOf") || figure.endsWith("Size");
    }

    public boolean isCount(String value) {
        return value.chars().allMatch(Character::isDigit) && !value.isEmpty();
    }
}
