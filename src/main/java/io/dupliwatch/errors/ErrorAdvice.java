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
import org.springframework.context.MessageSource;
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
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The one place where a failed request becomes an answer, for every controller: a {@link DomainException} by its
 * kind, Spring's own exceptions (bad JSON, unknown path, wrong method...) by their status, anything else as a 500
 * that is logged. API callers get {@link Problems the problem JSON}, browsers the error page. The JSON's {@code error}
 * and {@code detail} stay English; its {@code message} is in the request's language (the UI's, or the API caller's
 * {@code Accept-Language}) when the failure names its text in the bundles ({@link DomainException#localizedAs}).
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
    private final MessageSource messages;

    ErrorAdvice(ErrorAnswers answers, MessageSource messages) {
        this.answers = answers;
        this.messages = messages;
    }

    @ExceptionHandler(Exception.class)
    Object failed(Exception e, HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI();
        HttpHeaders headers = e instanceof ErrorResponse known ? known.getHeaders() : new HttpHeaders();
        ProblemDetail problem = problem(e, path);
        if (e instanceof DomainException failure) {
            failure.retryAfter().ifPresent(wait -> headers.set(HttpHeaders.RETRY_AFTER, Long.toString(wait.toSeconds())));
            if (failure.getCodes() != null) {
                problem.setProperty("message", messages.getMessage(failure, RequestContextUtils.getLocale(request)));
            }
        }
        return answers.answer(problem, headers, path, request, response);
    }

    private static ProblemDetail problem(Exception e, String path) {
        if (e instanceof DomainException failure) {
            ProblemDetail problem = Problems.of(STATUS.get(failure.kind()), failure.error(), failure.getMessage(), path);
            failure.properties().forEach(problem::setProperty);
            return problem;
        }
        if (e instanceof NoResourceFoundException) {
            String error = unknownPath(path);
            return Problems.of(HttpStatus.NOT_FOUND, error, error, path);
        }
        if (e instanceof HttpMessageNotReadableException unreadable) {
            return unreadable(unreadable.getMostSpecificCause(), path);
        }
        if (e instanceof TypeMismatchException mismatch) {
            String name = mismatch instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                    : mismatch.getPropertyName();
            return invalid(name, name + ": expected " + expected(mismatch.getRequiredType()), path);
        }
        if (e instanceof MethodArgumentNotValidException notValid && notValid.getFieldError() != null) {
            FieldError field = notValid.getFieldError();
            return invalid(field.getField(), field.getField() + ": " + field.getDefaultMessage(), path);
        }
        if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            HttpStatus status = HttpStatus.valueOf(known.getStatusCode().value());
            String detail = known.getBody().getDetail() != null ? known.getBody().getDetail() : status.getReasonPhrase();
            return Problems.of(status, detail, detail, path);
        }
        log.error("Unhandled error on {}", LogEscape.of(path), e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Internal server error",
                "Internal server error: the details are in the server's log", path);
    }

    static String unknownPath(String path) {
        return "Unknown path: nothing is served at " + path;
    }

    /** Says which field of the body is wrong and what it should be, never a parser's class names. */
    private static ProblemDetail unreadable(Throwable cause, String path) {
        if (!(cause instanceof DatabindException json) || json.getPath().isEmpty()) {
            return Problems.of(HttpStatus.BAD_REQUEST, "Malformed JSON body",
                    "The body is not valid JSON" + (cause instanceof JacksonException json && json.getLocation() != null
                            ? " (line " + json.getLocation().getLineNr() + ", column "
                            + json.getLocation().getColumnNr() + ")" : ""), path);
        }
        String field = fieldPath(json);
        String expected = json instanceof MismatchedInputException mismatch ? expected(mismatch.getTargetType())
                : "a valid value";
        return invalid(field, field + ": value of the wrong type or format, expected " + expected, path);
    }

    private static ProblemDetail invalid(String field, String detail, String path) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, detail, detail, path);
        problem.setProperty("field", field);
        return problem;
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

    /** What a value of this Java type looks like to someone writing JSON or a URL. */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            return "one of " + String.join(", ", Arrays.stream(type.getEnumConstants())
                    .map(Object::toString).toList());
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class && type != char.class)) {
            return type == Double.class || type == Float.class || type == double.class || type == float.class
                    || type == BigDecimal.class ? "a number" : "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "a text";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date and time (ISO 8601)";
        }
        if (type == Duration.class) {
            return "a duration";
        }
        return "an object";
    }
}
