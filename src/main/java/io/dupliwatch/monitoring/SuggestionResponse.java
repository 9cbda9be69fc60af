package io.dupliwatch.monitoring;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;

/**
 * The schedule learned for a job; when {@code available} is false the other fields are {@code null} and
 * {@code reason} says why. {@code timeZone} is offered for a server without a zone (see {@link ScheduleSuggestion}).
 */
record SuggestionResponse(long jobId,
                          boolean available,
                          String interval,
                          List<DayOfWeek> weekdays,
                          String timeOfDay,
                          Double confidence,
                          Integer runsAnalysed,
                          String reason,
                          String timeZone) {

    static SuggestionResponse of(long jobId, Optional<ScheduleSuggestion> suggestion) {
        return suggestion
                .map(s -> new SuggestionResponse(jobId, true, s.interval().toString(), List.copyOf(s.weekdays()),
                        s.timeOfDay() == null ? null : s.timeOfDay().toString(), s.confidence(), s.runsAnalysed(), null,
                        s.timeZone() == null ? null : s.timeZone().getId()))
                .orElseGet(() -> new SuggestionResponse(jobId, false, null, null, null, null, null,
                        new NoSuggestionException(jobId).getMessage(), null));
    }
}
