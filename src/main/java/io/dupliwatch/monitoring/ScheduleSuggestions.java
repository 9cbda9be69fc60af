package io.dupliwatch.monitoring;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import io.dupliwatch.report.RunQueries;

import org.springframework.stereotype.Component;

/** Schedules learned from each job's newest runs, and their acceptance. */
@Component
class ScheduleSuggestions {

    /** Enough for two weeks of hourly runs; the query reads the index of (job, begin time). */
    static final int HISTORY = 500;
    /** Runs whose log lines are read for the machine's UTC offsets: two months of a daily job. */
    static final int LOG_RUNS = 60;
    /** Sources that "accept all" may replace: never what the user or Duplicati set. */
    private static final EnumSet<ScheduleSource> REPLACEABLE = EnumSet.of(ScheduleSource.DEFAULT, ScheduleSource.INFERRED);

    private final MonitoringRepository repository;
    private final MonitoringSettingsService settings;
    private final RunQueries runs;

    ScheduleSuggestions(MonitoringRepository repository, MonitoringSettingsService settings, RunQueries runs) {
        this.repository = repository;
        this.settings = settings;
        this.runs = runs;
    }

    /**
     * The suggestion for a job, empty while it has too few runs; read in the server's zone, else in the zone its
     * log lines' offsets suggest (then named in the suggestion), else in the global zone.
     */
    Optional<ScheduleSuggestion> suggest(long jobId) {
        if (!repository.jobExists(jobId)) {
            throw new JobNotFoundException(jobId);
        }
        ZoneId global = settings.timeZone();
        ZoneId own = repository.find(jobId).map(MonitoredJob::serverZone).orElse(null);
        ZoneId offered = own != null ? null
                : ServerTimeZones.fromLogLines(runs.newestLogLines(jobId, LOG_RUNS), global).orElse(null);
        ZoneId zone = own != null ? own : offered != null ? offered : global;
        return new ScheduleInference(zone).infer(repository.newestStartTimes(jobId, HISTORY))
                .map(suggestion -> suggestion.withTimeZone(offered));
    }

    /** Applies the job's suggestion whatever its current source (the user asked for this job). */
    void accept(long jobId) {
        ScheduleSuggestion suggestion = suggest(jobId).orElseThrow(() -> new NoSuggestionException(jobId));
        settings.applySuggestion(jobId, suggestion);
    }

    /** Applies suggestions of at least {@code minConfidence} to jobs on a default or inferred schedule. */
    List<Long> acceptAll(double minConfidence) {
        List<Long> accepted = new ArrayList<>();
        for (MonitoredJob job : repository.findAll()) {
            if (!REPLACEABLE.contains(job.source())) {
                continue;
            }
            Optional<ScheduleSuggestion> suggestion = suggest(job.jobId()).filter(s -> s.confidence() >= minConfidence);
            if (suggestion.isPresent()) {
                settings.applySuggestion(job.jobId(), suggestion.get());
                accepted.add(job.jobId());
            }
        }
        return accepted;
    }
}
