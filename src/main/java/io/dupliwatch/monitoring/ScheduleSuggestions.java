package io.dupliwatch.monitoring;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Schedules learned from each job's newest runs, and their acceptance. */
@Component
class ScheduleSuggestions {

    /** Enough for two weeks of hourly runs; the query reads the index of (job, begin time). */
    static final int HISTORY = 500;
    /** Sources that "accept all" may replace: never what the user or Duplicati set. */
    private static final EnumSet<ScheduleSource> REPLACEABLE = EnumSet.of(ScheduleSource.DEFAULT, ScheduleSource.INFERRED);

    private final MonitoringRepository repository;
    private final MonitoringSettingsService settings;

    ScheduleSuggestions(MonitoringRepository repository, MonitoringSettingsService settings) {
        this.repository = repository;
        this.settings = settings;
    }

    /** The suggestion for a job, empty while it has too few runs. */
    Optional<ScheduleSuggestion> suggest(long jobId) {
        if (!repository.jobExists(jobId)) {
            throw new JobNotFoundException(jobId);
        }
        return new ScheduleInference(settings.timeZone()).infer(repository.newestStartTimes(jobId, HISTORY));
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
