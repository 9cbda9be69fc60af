package io.dupliwatch.web;

import java.time.Instant;
import java.util.HexFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.dupliwatch.monitoring.HealthStatus;
import io.dupliwatch.report.RunSummary;
import io.dupliwatch.report.Server;

/**
 * A server with its jobs and figures over them: a dashboard card, the head of the server page.
 *
 * @param health   the worst health of its jobs
 * @param lastRun  begin time of its newest run, {@code null} when none
 * @param size     source bytes examined by each job's newest run, summed
 * @param storage  destination bytes after each job's newest run, summed
 * @param overdue  jobs that are overdue
 */
public record ServerCard(String id,
                         String name,
                         String alias,
                         String note,
                         List<JobLine> jobs,
                         HealthStatus health,
                         Instant lastRun,
                         long fileCount,
                         long size,
                         long storage,
                         long overdue) {

    /** Ids usable as they are in HTML ids and CSS selectors. */
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_-]+");

    public ServerCard {
        jobs = List.copyOf(jobs);
    }

    static ServerCard of(Server server, List<JobLine> jobs) {
        HealthStatus health = HealthStatus.UNKNOWN;
        Instant lastRun = null;
        long files = 0;
        long size = 0;
        long storage = 0;
        long overdue = 0;
        for (JobLine job : jobs) {
            health = health.worse(job.health());
            overdue += job.overdue() ? 1 : 0;
            RunSummary latest = job.latest();
            if (latest != null) {
                files += latest.fileCount();
                size += latest.fileSize();
                storage += latest.storageSize();
                if (lastRun == null || latest.beginTime().isAfter(lastRun)) {
                    lastRun = latest.beginTime();
                }
            }
        }
        return new ServerCard(server.id(), server.name(), server.alias(), server.note(), jobs, health, lastRun, files,
                size, storage, overdue);
    }

    /** The same card showing only some of its jobs. */
    public ServerCard withJobs(List<JobLine> shown) {
        return of(new Server(id, name, alias, note, null), shown);
    }

    public Optional<JobLine> job(long jobId) {
        return jobs.stream().filter(job -> job.jobId() == jobId).findFirst();
    }

    public String displayName() {
        return alias == null || alias.isBlank() ? name : alias;
    }

    public boolean hasAlias() {
        return alias != null && !alias.isBlank();
    }

    /** An element id for the server whatever characters its id has (Duplicati machine ids are usually hex). */
    public String domId() {
        return domId(id);
    }

    static String domId(String serverId) {
        return SAFE_ID.matcher(serverId).matches() ? "srv-" + serverId
                : "srx-" + HexFormat.of().formatHex(serverId.getBytes(StandardCharsets.UTF_8));
    }
}
