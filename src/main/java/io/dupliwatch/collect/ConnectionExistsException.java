package io.dupliwatch.collect;

/** The Duplicati server being added already has a connection. */
public class ConnectionExistsException extends RuntimeException {

    ConnectionExistsException(String message) {
        super(message);
    }
}
