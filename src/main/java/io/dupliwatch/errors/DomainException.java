package io.dupliwatch.errors;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSourceResolvable;

/**
 * A request that cannot be served for a reason its caller must hear about. Features throw a subclass; the error
 * advice alone turns its {@link Kind} into an HTTP status, so no service speaks HTTP. Its text is also named in the
 * message bundles ({@link #localizedAs}), so that a page or an API caller's {@code Accept-Language} gets it in the
 * reader's language; {@code error} and {@code detail} stay English. A failure that names no text of its own reads
 * as its kind's general text around the English detail ({@code problem.kind.*}).
 */
public class DomainException extends RuntimeException implements MessageSourceResolvable {

    /** What went wrong, in the caller's terms. */
    public enum Kind {
        INVALID, NOT_FOUND, CONFLICT, UNSUPPORTED_FORMAT, TOO_LARGE, TOO_MANY_REQUESTS, UPSTREAM_FAILED
    }

    private final Kind kind;
    private final String error;
    private final Map<String, Object> properties;
    private String messageCode;
    private Object[] messageArguments = new Object[0];

    /**
     * @param error      the short text duplistatus clients match on (the {@code error} field)
     * @param detail     what a person reads (the problem's {@code detail}, and the exception's message)
     * @param properties further top-level fields of the answer ({@code field}, ...)
     */
    public DomainException(Kind kind, String error, String detail, Map<String, Object> properties, Throwable cause) {
        super(detail, cause);
        this.kind = kind;
        this.error = error;
        this.properties = Map.copyOf(properties);
    }

    public DomainException(Kind kind, String error, String detail, Map<String, Object> properties) {
        this(kind, error, detail, properties, null);
    }

    public Kind kind() {
        return kind;
    }

    public String error() {
        return error;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    /** How long the caller should wait before trying again (the {@code Retry-After} header), when waiting helps. */
    public Optional<Duration> retryAfter() {
        return Optional.empty();
    }

    /** Names this failure's text in the message bundles; called once, from a subclass's constructor. */
    protected final void localizedAs(String code, Object... arguments) {
        this.messageCode = code;
        this.messageArguments = arguments.clone();
    }

    @Override
    public String[] getCodes() {
        return new String[] {messageCode != null ? messageCode : "problem.kind." + kind.name().toLowerCase(Locale.ROOT)};
    }

    @Override
    public Object[] getArguments() {
        return messageCode != null ? messageArguments.clone() : new Object[] {getMessage()};
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }
}
