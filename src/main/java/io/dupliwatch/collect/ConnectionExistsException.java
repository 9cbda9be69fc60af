package io.dupliwatch.collect;

import io.dupliwatch.errors.ConflictException;

/** The Duplicati server being added already has a connection. */
public class ConnectionExistsException extends ConflictException {

    ConnectionExistsException(String message) {
        super(message);
    }
}
