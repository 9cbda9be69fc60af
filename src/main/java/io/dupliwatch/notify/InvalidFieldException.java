package io.dupliwatch.notify;

import java.util.Map;
import java.util.TreeMap;

import io.dupliwatch.errors.InvalidValueException;

/**
 * Invalid input: a 400 whose {@code error} names the field ({@code settings.topic: must not be blank}), with
 * {@code field} and, when several fields are wrong, {@code fields} (field → message).
 */
class InvalidFieldException extends InvalidValueException {

    InvalidFieldException(String field, String message) {
        this(Map.of(field, message));
    }

    /**
     * @param code      the message-bundle key of {@code "<field>: " + message}: its {@code {0}} is the field
     * @param arguments the rest of its arguments ({@code {1}}...)
     */
    InvalidFieldException(String field, String message, String code, Object... arguments) {
        this(field, message);
        localizedForField(code, arguments);
    }

    InvalidFieldException(Map<String, String> problems) {
        this(problems.entrySet().stream().sorted(Map.Entry.comparingByKey()).findFirst().orElseThrow(), problems);
    }

    private InvalidFieldException(Map.Entry<String, String> first, Map<String, String> problems) {
        super(first.getKey(), first.getKey() + ": " + first.getValue(),
                problems.size() > 1 ? Map.of("fields", new TreeMap<>(problems)) : Map.of());
    }
}
