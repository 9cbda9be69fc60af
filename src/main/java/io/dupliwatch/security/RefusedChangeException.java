package io.dupliwatch.security;

/** A change that would break a rule (removing the last admin, deleting yourself): 409. */
public class RefusedChangeException extends RuntimeException {

    RefusedChangeException(String message) {
        super(message);
    }
}
