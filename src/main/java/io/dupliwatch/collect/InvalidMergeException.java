package io.dupliwatch.collect;

import java.util.Map;

import io.dupliwatch.errors.DomainException;

/** A merge that makes no sense (a server into itself). */
class InvalidMergeException extends DomainException {

    InvalidMergeException(String message) {
        super(Kind.INVALID, message, message, Map.of());
    }
}
