package io.dupliwatch.collect;

import io.dupliwatch.errors.InvalidValueException;

/** A connection setting that cannot be used; {@code field} names it for the 400 answer. */
class InvalidConnectionException extends InvalidValueException {

    InvalidConnectionException(String field, String message) {
        super(field, message);
    }

    /** @param code the message-bundle key of {@code message}, with its arguments */
    InvalidConnectionException(String field, String message, String code, Object... arguments) {
        super(field, message, code, arguments);
    }
}
