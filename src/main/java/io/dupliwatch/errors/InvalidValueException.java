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

    /**
     * @param code      the message-bundle key of {@code detail}
     * @param arguments its arguments, in the bundle's order
     */
    public InvalidValueException(String field, String detail, String code, Object... arguments) {
        this(field, detail);
        localizedAs(code, arguments);
    }

    /** Names the text in the bundles as "{@code <field>: ...}": its {@code {0}} is the field, then the arguments. */
    protected final void localizedForField(String code, Object... arguments) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = field;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        localizedAs(code, all);
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
