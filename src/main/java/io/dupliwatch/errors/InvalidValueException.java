package io.dupliwatch.errors;

import java.util.LinkedHashMap;
import java.util.Map;

/** A value the caller sent is wrong: 400 naming the field, so that a form or a script can point at it. */
public class InvalidValueException extends DomainException {

    private final String field;

    public InvalidValueException(String field, String detail) {
        this(field, detail, Map.of());
    }

    /** @param properties more top-level fields beside {@code field} */
    public InvalidValueException(String field, String detail, Map<String, Object> properties) {
        super(Kind.INVALID, detail, detail, withField(field, properties));
        this.field = field;
    }

    public String field() {
        return field;
    }

    private static Map<String, Object> withField(String field, Map<String, Object> properties) {
        LinkedHashMap<String, Object> all = new LinkedHashMap<>(properties);
        all.put("field", field);
        return all;
    }
}
