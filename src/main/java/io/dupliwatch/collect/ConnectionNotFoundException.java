package io.dupliwatch.collect;

/** The server has no Duplicati connection configured (or the server does not exist). */
public class ConnectionNotFoundException extends RuntimeException {

    ConnectionNotFoundException(String message) {
        super(message);
    }
}
