package io.dupliwatch.security;

import io.dupliwatch.config.ApiProblem;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The JSON errors of the security API: 400 naming the field, 404, 409. Before the catch-all 500 handler. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {UsersApiController.class, ApiTokensController.class,
        IngestSecretsController.class, AuditApiController.class})
class SecurityApiErrors {

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        ProblemDetail problem = ApiProblem.of(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler(NoSuchRecordException.class)
    ProblemDetail notFound(NoSuchRecordException e) {
        return ApiProblem.of(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(RefusedChangeException.class)
    ProblemDetail refused(RefusedChangeException e) {
        return ApiProblem.of(HttpStatus.CONFLICT, e.getMessage());
    }
}
