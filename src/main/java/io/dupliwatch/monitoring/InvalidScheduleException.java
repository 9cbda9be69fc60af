package io.dupliwatch.monitoring;

import java.time.DateTimeException;
import java.util.function.Supplier;

import io.dupliwatch.errors.InvalidValueException;

/** A monitoring setting that cannot be accepted; {@link #field()} names the offending input. */
public class InvalidScheduleException extends InvalidValueException {

    private final String reason;

    public InvalidScheduleException(String field, String message) {
        super(field, field + ": " + message);
        this.reason = message;
    }

    /** Runs a parser whose {@link IllegalArgumentException} or {@link DateTimeException} is about {@code field}. */
    static <T> T parsing(String field, Supplier<T> parser) {
        try {
            return parser.get();
        }
        catch (InvalidScheduleException e) {
            throw e;
        }
        catch (IllegalArgumentException | DateTimeException e) {
            throw new InvalidScheduleException(field, e.getMessage());
        }
    }

    /** The same error for the element {@code index} of a list. */
    InvalidScheduleException at(int index) {
        return new InvalidScheduleException("[" + index + "]." + field(), reason);
    }
}
