package io.dupliwatch.collect;

import io.dupliwatch.config.ApiProblem;
import io.dupliwatch.report.ServerNotFoundException;
import io.dupliwatch.storage.SecretCipher.UndecryptableSecretException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * ProblemDetail answers of the collect endpoints, each with the top-level {@code error} text; a failed contact
 * with Duplicati is a 502 whose {@code problem} says what to fix.
 */
@RestControllerAdvice(assignableTypes = {CollectController.class, MergeController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class CollectErrors {

    @ExceptionHandler(DuplicatiException.class)
    ProblemDetail duplicati(DuplicatiException e) {
        ProblemDetail problem = ApiProblem.of(HttpStatus.BAD_GATEWAY, e.getMessage());
        problem.setProperty("problem", e.problem().name());
        return problem;
    }

    @ExceptionHandler(InvalidConnectionException.class)
    ProblemDetail invalid(InvalidConnectionException e) {
        ProblemDetail problem = ApiProblem.of(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler(InvalidMergeException.class)
    ProblemDetail invalidMerge(InvalidMergeException e) {
        return ApiProblem.of(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler({ConnectionNotFoundException.class, ServerNotFoundException.class})
    ProblemDetail notFound(RuntimeException e) {
        return ApiProblem.of(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler({CollectionRunningException.class, ConnectionExistsException.class})
    ProblemDetail conflict(RuntimeException e) {
        return ApiProblem.of(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(UndecryptableSecretException.class)
    ProblemDetail undecryptable(UndecryptableSecretException e) {
        return ApiProblem.of(HttpStatus.CONFLICT, "The stored Duplicati secret cannot be decrypted (" + e.getMessage()
                + "); save the connection again with the password");
    }
}
