package io.dupliwatch.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page for errors answered outside a controller ({@code sendError}, e.g. the 403 of a page a viewer
 * may not open): the same page as {@link WebErrorAdvice} renders, in the user's language, never a stack trace.
 */
@Component
class ErrorPages implements ErrorViewResolver {

    private final UiAdvice uis;

    ErrorPages(UiAdvice uis) {
        this.uis = uis;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        return page(uis.ui(request), status);
    }

    static ModelAndView page(Ui ui, HttpStatus status) {
        ModelAndView page = new ModelAndView("error/error");
        page.setStatus(status);
        page.addObject("ui", ui);
        page.addObject("status", status.value());
        page.addObject("message", ui.t(messageKey(status)));
        return page;
    }

    static String messageKey(HttpStatus status) {
        if (status == HttpStatus.NOT_FOUND || status == HttpStatus.FORBIDDEN) {
            return "error." + status.value();
        }
        return status.is4xxClientError() ? "error.400" : "error.500";
    }
}
