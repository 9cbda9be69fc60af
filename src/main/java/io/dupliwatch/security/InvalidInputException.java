package io.dupliwatch.security;

import io.dupliwatch.errors.InvalidValueException;

/** A request field Dupliwatch cannot accept: 400 naming the field. */
public class InvalidInputException extends InvalidValueException {

    InvalidInputException(String field, String message) {
        super(field, message);
    }

    /** @param code the message-bundle key of {@code message}, for pages */
    InvalidInputException(String field, String message, String code, Object... arguments) {
        super(field, message);
        localizedAs(code, arguments);
    }
}
