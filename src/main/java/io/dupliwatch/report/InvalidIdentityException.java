package io.dupliwatch.report;

/** A machine-id, backup-id or name that Dupliwatch will not store; {@code field} names it as Duplicati's Extra does. */
public class InvalidIdentityException extends IllegalArgumentException {

    private final String field;

    InvalidIdentityException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
