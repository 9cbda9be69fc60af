package io.dupliwatch.integrations.status;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.dupliwatch.integrations.JobHealth;
import io.dupliwatch.monitoring.HealthStatus;
import io.dupliwatch.report.Server;

/**
 * The body of {@code /api/status/{server}}: the worst state of the server's jobs, flat. Stable field names.
 *
 * @param lastRun      begin time of the newest run of any job
 * @param nextExpected the earliest next expected run among the jobs
 */
record ServerStatusJson(@JsonProperty("server_id") String serverId,
                        @JsonProperty("server_name") String serverName,
                        @JsonProperty("server_alias") String serverAlias,
                        String server,
                        String status,
                        boolean up,
                        String reason,
                        @JsonProperty("last_run") Instant lastRun,
                        @JsonProperty("next_expected") Instant nextExpected,
                        long jobs,
                        @JsonProperty("jobs_up") long jobsUp,
                        @JsonProperty("jobs_overdue") long jobsOverdue,
                        @JsonProperty("jobs_failed") long jobsFailed) {

    private static final int NAMED_JOBS = 5;

    static ServerStatusJson of(Server server, List<JobHealth> jobs) {
        HealthStatus worst = jobs.stream().map(JobHealth::status).min(Comparator.naturalOrder()).orElse(HealthStatus.UNKNOWN);
        List<JobHealth> down = jobs.stream().filter(job -> !job.up()).toList();
        boolean up = !jobs.isEmpty() && down.isEmpty();
        String display = server.alias() == null || server.alias().isBlank() ? server.name() : server.alias();
        return new ServerStatusJson(server.id(), server.name(), server.alias(), display, worst.id(), up,
                reason(jobs, down),
                jobs.stream().map(job -> job.job().latestBeginTime()).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null),
                jobs.stream().map(JobHealth::nextExpected).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null),
                jobs.size(), jobs.size() - down.size(), jobs.stream().filter(JobHealth::overdue).count(),
                jobs.stream().filter(job -> job.status() == HealthStatus.ERROR).count());
    }

    private static String reason(List<JobHealth> jobs, List<JobHealth> down) {
        if (jobs.isEmpty()) {
            return "No active backup job (none recorded yet, or all archived)";
        }
        if (down.isEmpty()) {
            long warnings = jobs.stream().filter(job -> job.status() == HealthStatus.WARNING).count();
            return (jobs.size() == 1 ? "The job is up" : "All " + jobs.size() + " jobs are up")
                    + (warnings > 0 ? " (" + warnings + " with warnings)" : "");
        }
        String named = down.stream().limit(NAMED_JOBS)
                .map(job -> job.job().backupName() + " (" + job.status().id() + ")")
                .collect(Collectors.joining(", "));
        String more = down.size() > NAMED_JOBS ? " and " + (down.size() - NAMED_JOBS) + " more" : "";
        return down.size() + " of " + jobs.size() + (jobs.size() == 1 ? " job" : " jobs")
                + (down.size() == 1 ? " needs" : " need") + " attention: " + named + more;
    }
}
