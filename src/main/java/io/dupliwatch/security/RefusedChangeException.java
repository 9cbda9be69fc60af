package io.dupliwatch.security;

import io.dupliwatch.errors.ConflictException;

/** A change that would break a rule (removing the last admin, deleting yourself): 409. */
public class RefusedChangeException extends ConflictException {

    RefusedChangeException(String message) {
        super(message);
    }

    /** @param code the message-bundle key of {@code message}, for pages */
    RefusedChangeException(String message, String code, Object... arguments) {
        super(message);
        localizedAs(code, arguments);
    }
}
