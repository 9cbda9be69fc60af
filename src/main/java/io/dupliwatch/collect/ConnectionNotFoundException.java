package io.dupliwatch.collect;

import io.dupliwatch.errors.NotFoundException;

/** The server has no Duplicati connection configured (or the server does not exist). */
public class ConnectionNotFoundException extends NotFoundException {

    ConnectionNotFoundException(String message) {
        super(message);
    }
}
