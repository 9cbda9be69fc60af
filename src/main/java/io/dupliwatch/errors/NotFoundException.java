package io.dupliwatch.errors;

import java.util.Map;

/** The thing a request names does not exist: 404. */
public class NotFoundException extends DomainException {

    public NotFoundException(String detail) {
        this(detail, detail);
    }

    public NotFoundException(String error, String detail) {
        super(Kind.NOT_FOUND, error, detail, Map.of());
    }

    /** @param code the message-bundle key of {@code detail}, with its arguments */
    public NotFoundException(String error, String detail, String code, Object... arguments) {
        this(error, detail);
        localizedAs(code, arguments);
    }
}
