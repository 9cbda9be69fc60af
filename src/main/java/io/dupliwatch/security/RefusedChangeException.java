package io.dupliwatch.security;

import io.dupliwatch.errors.ConflictException;

/** A change that would break a rule (removing the last admin, deleting yourself): 409. */
public class RefusedChangeException extends ConflictException {

    RefusedChangeException(String message) {
        super(message);
    }
}
