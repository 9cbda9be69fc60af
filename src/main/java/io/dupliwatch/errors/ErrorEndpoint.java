package io.dupliwatch.errors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /error}, where the container sends what no controller answered (a filter's 403, an error thrown before
 * Spring MVC): the same problem JSON or error page as everywhere else, instead of Spring Boot's. Asked for directly,
 * {@code /error} is a page that does not exist.
 */
@Controller
class ErrorEndpoint implements ErrorController {

    private final ErrorAnswers answers;

    ErrorEndpoint(ErrorAnswers answers) {
        this.answers = answers;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                && HttpStatus.resolve(code) != null && code >= 400 ? HttpStatus.valueOf(code) : HttpStatus.NOT_FOUND;
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? uri
                : request.getRequestURI();
        ErrorAdvice.Failure failure = status == HttpStatus.NOT_FOUND ? ErrorAdvice.unknownPath(path)
                : new ErrorAdvice.Failure(Problems.of(status, status.getReasonPhrase(), status.getReasonPhrase(), path),
                        "problem.request.status." + status.value());
        return answers.answer(failure, new HttpHeaders(), path, request, response);
    }
}
