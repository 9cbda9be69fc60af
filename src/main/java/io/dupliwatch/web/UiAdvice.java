package io.dupliwatch.web;

import java.time.Clock;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import io.dupliwatch.monitoring.MonitoringSettingsService;

import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.WebUtils;

/** Gives every page and partial of the web UI (and the account pages) its {@link Ui} as model attribute {@code ui}. */
@ControllerAdvice(basePackages = {"io.dupliwatch.web", "io.dupliwatch.security"})
class UiAdvice {

    private final MessageSource messages;
    private final MonitoringSettingsService monitoring;
    private final Clock clock;
    private final Strips strips;

    UiAdvice(MessageSource messages, MonitoringSettingsService monitoring, Clock clock, Strips strips) {
        this.messages = messages;
        this.monitoring = monitoring;
        this.clock = clock;
        this.strips = strips;
    }

    @ModelAttribute("ui")
    Ui ui(HttpServletRequest request) {
        String query = request.getQueryString();
        String path = request.getRequestURI().substring(request.getContextPath().length())
                + (query == null ? "" : "?" + query);
        Cookie theme = WebUtils.getCookie(request, Theme.COOKIE);
        Cookie formats = WebUtils.getCookie(request, FormatLocales.COOKIE);
        return new Ui(messages, RequestContextUtils.getLocale(request),
                formats == null ? null : FormatLocales.fromCookie(formats.getValue()).orElse(null),
                monitoring.timeZone(), clock.instant(),
                Theme.fromCookie(theme == null ? null : theme.getValue()), (CsrfToken) request.getAttribute("_csrf"),
                request.getContextPath(), path, LanguageResolver.chosenLanguage(request).isPresent(), strips);
    }
}
