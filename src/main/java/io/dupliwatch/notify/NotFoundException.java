package io.dupliwatch.notify;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Something the request names does not exist: a 404 ProblemDetail with the message as {@code error}. */
class NotFoundException extends ErrorResponseException {

    NotFoundException(String message) {
        super(HttpStatus.NOT_FOUND, problem(message), null);
    }

    private static ProblemDetail problem(String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, message);
        problem.setProperty("error", message);
        return problem;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
