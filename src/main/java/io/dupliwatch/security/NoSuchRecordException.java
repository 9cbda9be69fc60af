package io.dupliwatch.security;

import io.dupliwatch.errors.NotFoundException;

/** An id that names no user, token or ingest secret: 404. */
public class NoSuchRecordException extends NotFoundException {

    NoSuchRecordException(String message) {
        super(message);
    }
}
