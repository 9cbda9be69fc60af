package io.dupliwatch.collect;

import io.dupliwatch.errors.ConflictException;

/** A collection of this server (or of all servers) is already running. */
public class CollectionRunningException extends ConflictException {

    /** @param code the message-bundle key of {@code message}, with its arguments */
    CollectionRunningException(String message, String code, Object... arguments) {
        super(message);
        localizedAs(code, arguments);
    }
}
