package io.dupliwatch.monitoring;

import io.dupliwatch.errors.ConflictException;

/** A job has too few runs to learn its schedule from. */
class NoSuggestionException extends ConflictException {

    NoSuggestionException(long jobId) {
        super("Job %d has fewer than %d runs: no schedule can be suggested".formatted(jobId, ScheduleInference.MIN_RUNS));
        localizedAs("problem.suggestion.tooFewRuns", Long.toString(jobId), String.valueOf(ScheduleInference.MIN_RUNS));
    }
}
