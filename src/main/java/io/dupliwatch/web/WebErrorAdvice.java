package io.dupliwatch.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.dupliwatch.config.LogEscape;
import io.dupliwatch.report.ServerNotFoundException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.server.ResponseStatusException;

/**
 * Errors of the web UI: a page for a browser, a toast for an htmx request (swapped into the layout's toast
 * container), a ProblemDetail with an {@code error} key for the UI's JSON endpoints. Never a stack trace.
 */
@ControllerAdvice(basePackages = "io.dupliwatch.web")
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(WebErrorAdvice.class);

    private final UiAdvice uis;

    WebErrorAdvice(UiAdvice uis) {
        this.uis = uis;
    }

    @ExceptionHandler(ServerNotFoundException.class)
    Object notFound(ServerNotFoundException e, HandlerMethod handler, HttpServletRequest request,
                    HttpServletResponse response) {
        return answer(HttpStatus.NOT_FOUND, "error.404", e.getMessage(), handler, request, response);
    }

    @ExceptionHandler(Exception.class)
    Object failed(Exception e, HandlerMethod handler, HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = e instanceof ErrorResponse error ? HttpStatus.resolve(error.getStatusCode().value())
                : e instanceof TypeMismatchException ? HttpStatus.BAD_REQUEST : null;
        if (status != null && status.is4xxClientError()) {
            String detail = e instanceof ResponseStatusException known && known.getReason() != null ? known.getReason()
                    : status.getReasonPhrase();
            return answer(status, status == HttpStatus.NOT_FOUND ? "error.404" : "error.400", detail, handler, request,
                    response);
        }
        log.error("Unhandled error on {} {}", LogEscape.of(request.getMethod()), LogEscape.of(request.getRequestURI()), e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "error.500", "Internal server error", handler, request,
                response);
    }

    /** @param detail the {@code error} of a JSON answer */
    private Object answer(HttpStatus status, String messageKey, String detail, HandlerMethod handler,
                          HttpServletRequest request, HttpServletResponse response) {
        Ui ui = uis.ui(request);
        if (handler.hasMethodAnnotation(ResponseBody.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)) {
            ProblemDetail problem = ProblemDetail.forStatus(status);
            problem.setProperty("error", detail);
            return ResponseEntity.status(status).body(problem);
        }
        ModelAndView page = new ModelAndView();
        page.setStatus(status);
        page.addObject("ui", ui);
        page.addObject("message", ui.t(messageKey));
        if ("true".equals(request.getHeader("HX-Request"))) {
            response.setHeader("HX-Retarget", "#toasts");
            response.setHeader("HX-Reswap", "beforeend");
            page.setViewName("layout/toast");
        }
        else {
            page.addObject("status", status.value());
            page.setViewName("error/error");
        }
        return page;
    }
}
