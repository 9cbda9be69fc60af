package io.dupliwatch.monitoring;

/**
 * Which suggestions to accept: one job ({@code jobId}), or all jobs on a default or inferred schedule
 * ({@code all: true}) whose suggestion has at least {@code minConfidence} (default 0.5).
 */
record AcceptSuggestionsRequest(Long jobId, Boolean all, Double minConfidence) {

    static final double DEFAULT_MIN_CONFIDENCE = 0.5;

    /** Checks the request; {@code true} for all jobs, {@code false} for {@link #jobId()}. */
    boolean everyJob() {
        boolean everyJob = Boolean.TRUE.equals(all);
        if ((jobId == null) == !everyJob) {
            throw new InvalidScheduleException("jobId", "Give either a jobId or \"all\": true");
        }
        if (minConfidence != null && (minConfidence < 0 || minConfidence > 1)) {
            throw new InvalidScheduleException("minConfidence", "minConfidence must be between 0 and 1",
                    "problem.schedule.minConfidence");
        }
        return everyJob;
    }

    double minConfidenceOrDefault() {
        return minConfidence == null ? DEFAULT_MIN_CONFIDENCE : minConfidence;
    }
}
