package io.dupliwatch.integrations;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.dupliwatch.monitoring.HealthStatus;
import io.dupliwatch.monitoring.JobMonitoringView;
import io.dupliwatch.monitoring.OverdueBoard;
import io.dupliwatch.report.JobState;
import io.dupliwatch.report.Operation;
import io.dupliwatch.report.OperationQueries;
import io.dupliwatch.report.OperationState;
import io.dupliwatch.report.RunQueries;
import io.dupliwatch.report.RunStatus;

import org.springframework.stereotype.Service;

/**
 * Every job's state joined with its monitoring view (next expected run, overdue) and judged by one rule, so that {@code /metrics}, the status URLs,
 * {@code /api/jobs}, heartbeats and MQTT never disagree (with each other nor with the dashboard: the rule is
 * {@link HealthStatus}). Reads per-job state only: O(jobs) per call.
 */
@Service
public class HealthBoard {

    private final RunQueries runs;
    private final OperationQueries operations;
    private final OverdueBoard overdue;
    private final StatusProperties properties;

    HealthBoard(RunQueries runs, OperationQueries operations, OverdueBoard overdue, StatusProperties properties) {
        this.runs = runs;
        this.operations = operations;
        this.overdue = overdue;
        this.properties = properties;
    }

    /** Every job not archived, ordered by server name then job name. */
    public List<JobHealth> jobs() {
        return judge(runs.activeJobStates());
    }

    /** The server's jobs not archived. */
    public List<JobHealth> jobsOfServer(String serverId) {
        return judge(runs.activeJobStatesOfServer(serverId));
    }

    public Optional<JobHealth> job(long jobId) {
        return runs.jobState(jobId).map(job -> judge(job, overdue.find(jobId).orElse(null), operations.states(jobId)));
    }

    public Optional<JobHealth> job(String serverId, String backupName) {
        return runs.jobState(serverId, backupName).map(job -> judge(job, overdue.find(job.jobId()).orElse(null),
                operations.states(job.jobId())));
    }

    /** Whether a run of this status counts as up on its own (heartbeats judge a run, not the schedule). */
    public boolean isUp(String runStatus) {
        return HealthStatus.ofRun(runStatus).isUp(properties.warningIsOk());
    }

    private List<JobHealth> judge(List<JobState> jobs) {
        Map<Long, JobMonitoringView> monitoring = overdue.all().stream()
                .collect(Collectors.toMap(JobMonitoringView::jobId, Function.identity()));
        Map<Long, List<OperationState>> states = operations.states();
        return jobs.stream().map(job -> judge(job, monitoring.get(job.jobId()),
                states.getOrDefault(job.jobId(), List.of()))).toList();
    }

    /**
     * @param monitoring {@code null} for a job monitoring has not seen yet; archived jobs are never overdue nor
     *                   untested
     */
    private JobHealth judge(JobState job, JobMonitoringView monitoring, List<OperationState> states) {
        boolean late = monitoring != null && monitoring.overdue() && !job.archived();
        List<Operation> untested = monitoring == null || job.archived() ? List.of() : monitoring.untested();
        HealthStatus status = HealthStatus.of(job.latestStatus(), late, !untested.isEmpty());
        boolean reduced = states.stream().anyMatch(state -> state.operation() == Operation.BACKUP && state.reduced());
        return new JobHealth(job, status, status.isUp(properties.warningIsOk()), late,
                monitoring == null ? null : monitoring.nextExpectedAt(), reason(job, status, monitoring, untested),
                monitoring == null ? null : monitoring.timeZone(),
                states, untested, monitoring == null ? Set.of() : monitoring.operationIntervals().keySet(), reduced);
    }

    static String reason(JobState job, HealthStatus status, JobMonitoringView monitoring, List<Operation> untested) {
        String overdueSince = monitoring != null && monitoring.overdue()
                ? "; the next run was expected at " + monitoring.nextExpectedAt() : "";
        return switch (status) {
            case OK -> "Last backup succeeded at " + job.latestBeginTime();
            case WARNING -> RunStatus.of(job.latestStatus()) == RunStatus.UNKNOWN
                    ? "Last backup at " + job.latestBeginTime() + " ended without a known result (" + job.latestStatus() + ")"
                    : "Last backup at " + job.latestBeginTime() + " succeeded with " + plural(job.warnings(), "warning");
            case ERROR -> "Last backup at " + job.latestBeginTime() + " failed (" + job.latestStatus() + ", "
                    + plural(job.errors(), "error") + ")" + overdueSince;
            case OVERDUE -> job.latestBeginTime() == null ? "Overdue: no backup recorded yet" + overdueSince
                    : "Overdue: no backup since " + job.latestBeginTime() + overdueSince;
            case UNTESTED -> "No successful " + untested.stream().map(Operation::label).collect(Collectors.joining(", "))
                    + " within the expected interval";
            case UNKNOWN -> "No backup recorded yet";
        };
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
