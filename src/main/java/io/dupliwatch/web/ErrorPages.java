package io.dupliwatch.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * How the web UI shows an error: the error page for a browser, a toast in the layout's toast container for an htmx
 * request. Never a stack trace, never JSON.
 */
@Component
public class ErrorPages {

    private final UiAdvice uis;

    ErrorPages(UiAdvice uis) {
        this.uis = uis;
    }

    public ModelAndView page(HttpStatus status, HttpServletRequest request, HttpServletResponse response) {
        Ui ui = uis.ui(request);
        ModelAndView page = new ModelAndView();
        page.setStatus(status);
        page.addObject("ui", ui);
        page.addObject("message", ui.t(messageKey(status)));
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

    private static String messageKey(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "error.404";
            case FORBIDDEN -> "error.403";
            case METHOD_NOT_ALLOWED -> "error.405";
            default -> status.is4xxClientError() ? "error.400" : "error.500";
        };
    }
}
