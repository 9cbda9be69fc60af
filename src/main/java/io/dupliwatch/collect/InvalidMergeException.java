package io.dupliwatch.collect;

import java.util.Map;

import io.dupliwatch.errors.DomainException;

/** A merge that makes no sense (a server into itself). */
class InvalidMergeException extends DomainException {

    /** @param code the message-bundle key of {@code message}, with its arguments */
    InvalidMergeException(String message, String code, Object... arguments) {
        super(Kind.INVALID, message, message, Map.of());
        localizedAs(code, arguments);
    }
}
