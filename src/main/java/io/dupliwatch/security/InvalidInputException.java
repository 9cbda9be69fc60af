package io.dupliwatch.security;

/** A request field Dupliwatch cannot accept: 400 naming the field. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
