package io.dupliwatch.security;

/** An id that names no user, token or ingest secret: 404. */
public class NoSuchRecordException extends RuntimeException {

    NoSuchRecordException(String message) {
        super(message);
    }
}
