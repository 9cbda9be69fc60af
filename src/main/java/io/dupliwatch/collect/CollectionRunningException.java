package io.dupliwatch.collect;

/** A collection of this server (or of all servers) is already running. */
public class CollectionRunningException extends RuntimeException {

    CollectionRunningException(String message) {
        super(message);
    }
}
