package io.dupliwatch.config;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The body of every JSON error: an RFC 9457 problem whose top-level {@code error} is the field duplistatus clients
 * read. Handlers add their own properties ({@code field}, ...) to it.
 */
public final class ApiProblem {

    private ApiProblem() {
    }

    /** A problem whose detail and {@code error} are the same message. */
    public static ProblemDetail of(HttpStatus status, String message) {
        return of(status, message, message);
    }

    /** A problem with a short {@code error} (what clients match on) and a longer detail (what a person reads). */
    public static ProblemDetail of(HttpStatus status, String error, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("error", error);
        return problem;
    }
}
