package io.dupliwatch.collect;

import io.dupliwatch.errors.ConflictException;

/** A collection of this server (or of all servers) is already running. */
public class CollectionRunningException extends ConflictException {

    CollectionRunningException(String message) {
        super(message);
    }
}
