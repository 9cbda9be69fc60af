package io.dupliwatch.security;

import io.dupliwatch.errors.NotFoundException;

/** An id that names no user, token or ingest secret: 404. */
public class NoSuchRecordException extends NotFoundException {

    NoSuchRecordException(String message) {
        super(message);
    }

    /** @param code the message-bundle key of {@code message}, for pages */
    NoSuchRecordException(String message, String code, Object... arguments) {
        super(message);
        localizedAs(code, arguments);
    }
}
