package io.dupliwatch.collect;

/** A connection setting that cannot be used; {@code field} names it for the 400 answer. */
class InvalidConnectionException extends RuntimeException {

    private final String field;

    InvalidConnectionException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
