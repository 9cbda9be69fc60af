package io.dupliwatch.monitoring;

import java.time.DateTimeException;
import java.util.function.Supplier;

import io.dupliwatch.errors.InvalidValueException;

/** A monitoring setting that cannot be accepted; {@link #field()} names the offending input. */
public class InvalidScheduleException extends InvalidValueException {

    private final String reason;
    private final String code;
    private final Object[] reasonArguments;

    public InvalidScheduleException(String field, String message) {
        super(field, field + ": " + message);
        this.reason = message;
        this.code = null;
        this.reasonArguments = new Object[0];
    }

    /**
     * @param code      the message-bundle key of {@code "<field>: " + message}: its {@code {0}} is the field
     * @param arguments the rest of its arguments ({@code {1}}...)
     */
    InvalidScheduleException(String field, String message, String code, Object... arguments) {
        super(field, field + ": " + message);
        localizedForField(code, arguments);
        this.reason = message;
        this.code = code;
        this.reasonArguments = arguments.clone();
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
        String field = "[" + index + "]." + field();
        return code == null ? new InvalidScheduleException(field, reason)
                : new InvalidScheduleException(field, reason, code, reasonArguments);
    }
}
