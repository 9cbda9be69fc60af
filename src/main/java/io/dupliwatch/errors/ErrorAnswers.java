package io.dupliwatch.errors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.dupliwatch.web.ErrorPages;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Gives an error to the client in the form it reads: the problem as JSON to an API caller, the error page (or an
 * htmx toast) to a browser.
 */
@Component
class ErrorAnswers {

    private final ErrorPages pages;
    private final MessageSource messages;

    ErrorAnswers(ErrorPages pages, MessageSource messages) {
        this.pages = pages;
        this.messages = messages;
    }

    /**
     * @param failure the English problem, and its text for the JSON's {@code message} in the request's language
     * @param path    the path the client asked for (during an error dispatch, not {@code /error})
     */
    Object answer(ErrorAdvice.Failure failure, HttpHeaders headers, String path, HttpServletRequest request,
                  HttpServletResponse response) {
        ProblemDetail problem = failure.problem();
        HttpStatus status = HttpStatus.valueOf(problem.getStatus());
        if (wantsJson(path, request)) {
            problem.setProperty("message", messages.getMessage(failure.message(), RequestContextUtils.getLocale(request)));
            return ResponseEntity.status(status).headers(headers).header(HttpHeaders.CACHE_CONTROL, Problems.NO_STORE)
                    .header(HttpHeaders.PRAGMA, "no-cache").body(problem);
        }
        headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        return pages.page(status, request, response);
    }

    /**
     * The handler decides when it can: a view name is a page, a body (JSON, CSV...) an API. Otherwise the path:
     * {@code /api/**} and {@code /metrics} are APIs; elsewhere whoever asks for JSON and not HTML gets JSON.
     */
    private static boolean wantsJson(String path, HttpServletRequest request) {
        if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler
                && path.equals(request.getRequestURI())) {
            if (handler.hasMethodAnnotation(ResponseBody.class)
                    || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
                    || HttpEntity.class.isAssignableFrom(handler.getMethod().getReturnType())) {
                return true;
            }
            Class<?> returned = handler.getMethod().getReturnType();
            if (returned == String.class || ModelAndView.class.isAssignableFrom(returned)) {
                return false;
            }
        }
        String pathInApp = path.substring(request.getContextPath().length());
        if (pathInApp.startsWith("/api/") || pathInApp.equals("/metrics")) {
            return true;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("json") && !accept.contains("text/html");
    }
}
