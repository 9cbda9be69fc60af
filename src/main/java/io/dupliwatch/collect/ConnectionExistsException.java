package io.dupliwatch.collect;

import io.dupliwatch.errors.ConflictException;

/** The Duplicati server being added already has a connection. */
public class ConnectionExistsException extends ConflictException {

    /** @param code the message-bundle key of {@code message}, with its arguments */
    ConnectionExistsException(String message, String code, Object... arguments) {
        super(message);
        localizedAs(code, arguments);
    }
}
