package io.dupliwatch.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;

/** Read access to stored runs and per-job state. */
@Service
public class RunQueries {

    private final RunRepository runs;
    private final JobRepository jobs;
    private final OverviewRepository overviews;
    private final RunHistoryRepository history;

    RunQueries(RunRepository runs, JobRepository jobs, OverviewRepository overviews, RunHistoryRepository history) {
        this.runs = runs;
        this.jobs = jobs;
        this.overviews = overviews;
        this.history = history;
    }

    public Optional<StoredRun> run(long runId) {
        return runs.findRun(runId);
    }

    /**
     * The first and last log line of each of the job's newest {@code runs} runs, newest run first: enough to see
     * the machine's UTC offset at the start and end of each run.
     */
    public List<String> newestLogLines(long jobId, int runs) {
        return this.runs.findNewestMessages(jobId, runs).stream()
                .filter(lines -> !lines.isEmpty())
                .flatMap(lines -> lines.size() == 1 ? lines.stream() : Stream.of(lines.get(0), lines.get(lines.size() - 1)))
                .toList();
    }

    /** The newest run of the server, whichever job it belongs to. */
    public Optional<StoredRun> newestRunOfServer(String serverId) {
        return runs.findNewestRunOfServer(serverId);
    }

    /** The newest run of each of the server's jobs, newest first. */
    public List<StoredRun> newestRunOfEachJob(String serverId) {
        return runs.findNewestRunOfEachJob(serverId);
    }

    /** The id of the server's job of this backup name, if it has one. */
    public Optional<Long> jobId(String serverId, String backupName) {
        return jobs.findId(serverId, backupName);
    }

    public Optional<JobRef> job(long jobId) {
        return jobs.findJob(jobId);
    }

    /** Every job that is not archived (nor its server), with its newest run's figures, by server name then job name. */
    public List<JobState> activeJobStates() {
        return jobs.findActiveStates();
    }

    /** The server's jobs that are not archived, by job name. */
    public List<JobState> activeJobStatesOfServer(String serverId) {
        return jobs.findActiveStatesOfServer(serverId);
    }

    /** The job, archived or not. */
    public Optional<JobState> jobState(long jobId) {
        return jobs.findState(jobId);
    }

    /** The job Duplicati names {@code backupName} on the server (names are unique per server), archived or not. */
    public Optional<JobState> jobState(String serverId, String backupName) {
        return jobs.findState(serverId, backupName);
    }

    public Totals totals() {
        return jobs.totals();
    }

    /** Every server with the current state of its jobs, ordered by server name, archived ones left out. Costs O(jobs). */
    public List<ServerOverview> overview() {
        return overviews.findAll();
    }

    /** The server, archived or not, with its jobs that are not archived. */
    public Optional<ServerOverview> overview(String serverId) {
        return overviews.findByServer(serverId).stream().findFirst();
    }

    /** The newest {@code perJob} runs of every job, oldest first, keyed by job id. Costs O(jobs x perJob). */
    public Map<Long, List<RunSummary>> recentRuns(int perJob) {
        return overviews.findRecentRuns(null, perJob);
    }

    /** Like {@link #recentRuns(int)} for one server's jobs. */
    public Map<Long, List<RunSummary>> recentRuns(String serverId, int perJob) {
        return overviews.findRecentRuns(serverId, perJob);
    }

    /** The job's run that started just before ({@code older}) or just after this one. */
    public Optional<Long> adjacentRun(StoredRun run, boolean older) {
        return history.findAdjacent(run.jobId(), run.run().beginTime(), older);
    }

    public RunPage history(RunHistoryQuery query) {
        return history.findPage(query);
    }
}
