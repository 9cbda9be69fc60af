package io.dupliwatch.errors;

import java.util.Map;

/** The request clashes with what is stored or running (a duplicate, a refused change): 409. */
public class ConflictException extends DomainException {

    public ConflictException(String detail) {
        this(detail, detail);
    }

    public ConflictException(String error, String detail) {
        super(Kind.CONFLICT, error, detail, Map.of());
    }
}
