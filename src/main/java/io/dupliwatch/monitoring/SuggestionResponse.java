package io.dupliwatch.monitoring;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;

/**
 * The schedule learned for a job; when {@code available} is false the other fields are {@code null} and
 * {@code reason} says why.
 */
record SuggestionResponse(long jobId,
                          boolean available,
                          String interval,
                          List<DayOfWeek> weekdays,
                          String timeOfDay,
                          Double confidence,
                          Integer runsAnalysed,
                          String reason) {

    static SuggestionResponse of(long jobId, Optional<ScheduleSuggestion> suggestion) {
        return suggestion
                .map(s -> new SuggestionResponse(jobId, true, s.interval().toString(), List.copyOf(s.weekdays()),
                        s.timeOfDay() == null ? null : s.timeOfDay().toString(), s.confidence(), s.runsAnalysed(), null))
                .orElseGet(() -> new SuggestionResponse(jobId, false, null, null, null, null, null,
                        new NoSuggestionException(jobId).getMessage()));
    }
}
