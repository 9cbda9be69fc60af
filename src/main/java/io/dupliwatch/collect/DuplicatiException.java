package io.dupliwatch.collect;

/** A failed exchange with a Duplicati server. Messages never contain passwords, tokens or target URLs. */
public class DuplicatiException extends RuntimeException {

    private final DuplicatiProblem problem;

    public DuplicatiException(DuplicatiProblem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public DuplicatiException(DuplicatiProblem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public DuplicatiProblem problem() {
        return problem;
    }
}
