package io.dupliwatch.collect;

/** A merge that makes no sense (a server into itself). */
class InvalidMergeException extends RuntimeException {

    InvalidMergeException(String message) {
        super(message);
    }
}
