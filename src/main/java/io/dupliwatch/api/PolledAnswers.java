package io.dupliwatch.api;

import java.util.Map;

import io.dupliwatch.config.ApiProblem;
import io.dupliwatch.report.AmbiguousServerNameException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * How the JSON endpoints that widgets and monitors poll answer: never cached (the headers duplistatus sends), with
 * errors as problem details that also carry the message under the field each API's callers read.
 */
public final class PolledAnswers {

    /** What duplistatus sends on lastbackup(s), so that proxies and widgets never show stale runs. */
    static final String NO_STORE = "no-store, no-cache, must-revalidate";

    private PolledAnswers() {
    }

    public static <T> ResponseEntity<T> noStore(HttpStatus status, T body) {
        return ResponseEntity.status(status).header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .header(HttpHeaders.PRAGMA, "no-cache").body(body);
    }

    /**
     * An error answer, not cached: a problem with {@code error} and the message repeated under {@code messageField}
     * ("message", "reason").
     */
    public static ResponseEntity<ProblemDetail> failure(HttpStatus status, String error, String messageField,
                                                        String message) {
        return noStore(status, problem(status, error, messageField, message));
    }

    /** The 400 for a name that several servers share, listing them so that the caller can ask again by id. */
    public static ResponseEntity<ProblemDetail> ambiguousServer(AmbiguousServerNameException e, String messageField) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Multiple servers found with this name", messageField,
                e.getMessage());
        problem.setProperty("duplicate_servers",
                e.servers().stream().map(s -> Map.of("id", s.id(), "name", s.name())).toList());
        return noStore(HttpStatus.BAD_REQUEST, problem);
    }

    private static ProblemDetail problem(HttpStatus status, String error, String messageField, String message) {
        ProblemDetail problem = ApiProblem.of(status, error, message);
        problem.setProperty(messageField, message);
        return problem;
    }
}
