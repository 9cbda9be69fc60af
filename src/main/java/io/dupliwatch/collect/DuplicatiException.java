package io.dupliwatch.collect;

import java.util.Locale;
import java.util.Map;

import io.dupliwatch.errors.DomainException;

/** A failed exchange with a Duplicati server. Messages never contain passwords, tokens or target URLs. */
public class DuplicatiException extends DomainException {

    private final DuplicatiProblem problem;

    public DuplicatiException(DuplicatiProblem problem, String message) {
        this(problem, message, null);
    }

    public DuplicatiException(DuplicatiProblem problem, String message, Throwable cause) {
        // The answer's "problem" says what to fix: the address, the password, the certificate...
        super(Kind.UPSTREAM_FAILED, message, message, Map.of("problem", problem.name()), cause);
        this.problem = problem;
        // Translations explain the problem around the English detail, which names the address, the port...
        localizedAs("problem.duplicati." + problem.name().toLowerCase(Locale.ROOT), message);
    }

    public DuplicatiProblem problem() {
        return problem;
    }
}
