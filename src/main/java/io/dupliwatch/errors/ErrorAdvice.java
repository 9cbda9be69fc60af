package io.dupliwatch.errors;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.dupliwatch.config.LogEscape;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place where a failed request becomes an answer, for every controller: a {@link DomainException} by its
 * kind, Spring's own exceptions (bad JSON, unknown path, wrong method...) by their status, anything else as a 500
 * that is logged. API callers get {@link Problems the problem JSON}, browsers the error page. The JSON's {@code error}
 * and {@code detail} stay English; its {@code message} is in the request's language (the UI's, or the API caller's
 * {@code Accept-Language}): every failure names its text in the bundles ({@link DomainException#localizedAs}).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring Boot's own problem-details advice
class ErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

    private static final Map<DomainException.Kind, HttpStatus> STATUS = Map.of(
            DomainException.Kind.INVALID, HttpStatus.BAD_REQUEST,
            DomainException.Kind.NOT_FOUND, HttpStatus.NOT_FOUND,
            DomainException.Kind.CONFLICT, HttpStatus.CONFLICT,
            DomainException.Kind.UNSUPPORTED_FORMAT, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            DomainException.Kind.TOO_LARGE, HttpStatus.CONTENT_TOO_LARGE,
            DomainException.Kind.TOO_MANY_REQUESTS, HttpStatus.TOO_MANY_REQUESTS,
            DomainException.Kind.UPSTREAM_FAILED, HttpStatus.BAD_GATEWAY);

    private final ErrorAnswers answers;

    ErrorAdvice(ErrorAnswers answers) {
        this.answers = answers;
    }

    @ExceptionHandler(Exception.class)
    Object failed(Exception e, HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI();
        HttpHeaders headers = e instanceof ErrorResponse known ? known.getHeaders() : new HttpHeaders();
        Failure failure = failure(e, path);
        if (e instanceof DomainException domain) {
            domain.retryAfter().ifPresent(wait -> headers.set(HttpHeaders.RETRY_AFTER, Long.toString(wait.toSeconds())));
        }
        return answers.answer(failure, headers, path, request, response);
    }

    /** The English problem, and its text for the reader ({@code message}), whose English default is the detail. */
    record Failure(ProblemDetail problem, MessageSourceResolvable message) {

        Failure(ProblemDetail problem, String code, Object... arguments) {
            this(problem, new DefaultMessageSourceResolvable(new String[] {code}, arguments, problem.getDetail()));
        }
    }

    private static Failure failure(Exception e, String path) {
        if (e instanceof DomainException failure) {
            ProblemDetail problem = Problems.of(STATUS.get(failure.kind()), failure.error(), failure.getMessage(), path);
            failure.properties().forEach(problem::setProperty);
            return new Failure(problem, failure);
        }
        if (e instanceof NoResourceFoundException) {
            return unknownPath(path);
        }
        if (e instanceof HttpMessageNotReadableException unreadable) {
            return unreadable(unreadable.getMostSpecificCause(), path);
        }
        if (e instanceof TypeMismatchException mismatch) {
            String name = mismatch instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                    : mismatch.getPropertyName();
            Expected expected = Expected.of(mismatch.getRequiredType());
            return invalid(name, name + ": expected " + expected.english(), path, "problem.request.wrongType", name,
                    expected);
        }
        if (e instanceof MethodArgumentNotValidException notValid && notValid.getFieldError() != null) {
            FieldError field = notValid.getFieldError();
            return invalid(field.getField(), field.getField() + ": " + field.getDefaultMessage(), path,
                    "problem.request.notValid", field.getField(), field);
        }
        if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            HttpStatus status = HttpStatus.valueOf(known.getStatusCode().value());
            String detail = known.getBody().getDetail() != null ? known.getBody().getDetail() : status.getReasonPhrase();
            // Spring names the text of its own failures (problemDetail.<exception class>); the bundles translate it.
            return new Failure(Problems.of(status, detail, detail, path), known.getDetailMessageCode(),
                    known.getDetailMessageArguments());
        }
        log.error("Unhandled error on {}", LogEscape.of(path), e);
        return new Failure(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Internal server error",
                "Internal server error: the details are in the server's log", path), "problem.request.internal");
    }

    /** The answer to a path nothing serves, from the advice or from the container's error dispatch. */
    static Failure unknownPath(String path) {
        String error = "Unknown path: nothing is served at " + path;
        return new Failure(Problems.of(HttpStatus.NOT_FOUND, error, error, path), "problem.request.unknownPath", path);
    }

    /** Says which field of the body is wrong and what it should be, never a parser's class names. */
    private static Failure unreadable(Throwable cause, String path) {
        if (!(cause instanceof DatabindException json) || json.getPath().isEmpty()) {
            JacksonException located = cause instanceof JacksonException parser && parser.getLocation() != null
                    ? parser : null;
            if (located == null) {
                return new Failure(Problems.of(HttpStatus.BAD_REQUEST, "Malformed JSON body",
                        "The body is not valid JSON", path), "problem.request.malformedJson");
            }
            String line = String.valueOf(located.getLocation().getLineNr());
            String column = String.valueOf(located.getLocation().getColumnNr());
            return new Failure(Problems.of(HttpStatus.BAD_REQUEST, "Malformed JSON body",
                    "The body is not valid JSON (line " + line + ", column " + column + ")", path),
                    "problem.request.malformedJsonAt", line, column);
        }
        String field = fieldPath(json);
        Expected expected = json instanceof MismatchedInputException mismatch ? Expected.of(mismatch.getTargetType())
                : Expected.VALID;
        return invalid(field, field + ": value of the wrong type or format, expected " + expected.english(), path,
                "problem.request.wrongFormat", field, expected);
    }

    private static Failure invalid(String field, String detail, String path, String code, Object... arguments) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, detail, detail, path);
        problem.setProperty("field", field);
        return new Failure(problem, code, arguments);
    }

    private static String fieldPath(JacksonException json) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference step : json.getPath()) {
            if (step.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(step.getPropertyName());
            }
            else {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /** What a value of a Java type looks like to someone writing JSON or a URL; its name in the bundles. */
    private record Expected(String key, String english, Object... arguments) implements MessageSourceResolvable {

        static final Expected VALID = new Expected("valid", "a valid value");

        static Expected of(Class<?> type) {
            if (type == null) {
                return VALID;
            }
            if (type.isEnum()) {
                String values = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Object::toString).toList());
                return new Expected("oneOf", "one of " + values, values);
            }
            if (Number.class.isAssignableFrom(type)
                    || (type.isPrimitive() && type != boolean.class && type != char.class)) {
                return type == Double.class || type == Float.class || type == double.class || type == float.class
                        || type == BigDecimal.class ? new Expected("number", "a number")
                        : new Expected("wholeNumber", "a whole number");
            }
            if (type == Boolean.class || type == boolean.class) {
                return new Expected("boolean", "true or false");
            }
            if (type == String.class || type == Character.class || type == char.class) {
                return new Expected("text", "a text");
            }
            if (type.isArray() || Collection.class.isAssignableFrom(type)) {
                return new Expected("list", "a list");
            }
            if (Temporal.class.isAssignableFrom(type)) {
                return new Expected("dateTime", "a date and time (ISO 8601)");
            }
            if (type == Duration.class) {
                return new Expected("duration", "a duration");
            }
            return new Expected("object", "an object");
        }

        @Override
        public String[] getCodes() {
            return new String[] {"problem.expected." + key};
        }

        @Override
        public Object[] getArguments() {
            return arguments.clone();
        }

        @Override
        public String getDefaultMessage() {
            return english;
        }
    }
}
