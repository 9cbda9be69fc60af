package io.dupliwatch.monitoring;

/** A monitoring setting that cannot be accepted; {@link #field()} names the offending input. */
public class InvalidScheduleException extends IllegalArgumentException {

    private final String field;

    public InvalidScheduleException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
