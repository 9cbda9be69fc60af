package io.dupliwatch.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of a JSON endpoint is a ProblemDetail with a top-level {@code error} key (the field duplistatus
 * clients read), never a stack trace or an HTML page. Controllers map their own domain exceptions; this
 * covers the framework's (bad JSON, 404, 405, 415...) and anything unexpected (500, logged with context).
 */
@RestControllerAdvice
class ApiErrorHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unhandled error on {} {}", LogEscape.of(request.getMethod()), LogEscape.of(request.getRequestURI()), e);
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
        problem.setProperty("error", "Internal server error");
        return ResponseEntity.internalServerError().body(problem);
    }

    /** A value of the wrong JSON type (e.g. {@code "enabled": "maybe"}) names the field when Jackson knows it. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String field = fieldPath(ex.getMostSpecificCause());
        String message = field.isEmpty() ? "Malformed JSON body" : field + ": value of the wrong type or format";
        ProblemDetail problem = ApiProblem.of(HttpStatus.BAD_REQUEST, message);
        if (!field.isEmpty()) {
            problem.setProperty("field", field);
        }
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static String fieldPath(Throwable cause) {
        StringBuilder field = new StringBuilder();
        if (cause instanceof JacksonException json) {
            for (JacksonException.Reference step : json.getPath()) {
                if (step.getPropertyName() != null) {
                    field.append(field.isEmpty() ? "" : ".").append(step.getPropertyName());
                }
                else {
                    field.append('[').append(step.getIndex()).append(']');
                }
            }
        }
        return field.toString();
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem && (problem.getProperties() == null
                || !problem.getProperties().containsKey("error"))) {
            problem.setProperty("error", problem.getDetail() != null ? problem.getDetail() : problem.getTitle());
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }
}
