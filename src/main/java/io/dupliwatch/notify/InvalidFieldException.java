package io.dupliwatch.notify;

import java.util.Map;
import java.util.TreeMap;

import io.dupliwatch.config.ApiProblem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Invalid input: a 400 ProblemDetail whose {@code error} names the field ({@code settings.topic: must not be
 * blank}), with {@code field} and, when several fields are wrong, {@code fields} (field → message).
 */
class InvalidFieldException extends ErrorResponseException {

    InvalidFieldException(String field, String message) {
        this(Map.of(field, message));
    }

    InvalidFieldException(Map<String, String> problems) {
        super(HttpStatus.BAD_REQUEST, problem(problems), null);
    }

    private static ProblemDetail problem(Map<String, String> problems) {
        Map.Entry<String, String> first = problems.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .findFirst().orElseThrow();
        String text = first.getKey() + ": " + first.getValue();
        ProblemDetail problem = ApiProblem.of(HttpStatus.BAD_REQUEST, text);
        problem.setTitle("Invalid " + first.getKey());
        problem.setProperty("field", first.getKey());
        if (problems.size() > 1) {
            problem.setProperty("fields", new TreeMap<>(problems));
        }
        return problem;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
