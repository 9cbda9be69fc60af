package io.dupliwatch.security;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.dupliwatch.config.Language;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.util.UrlUtils;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After a login form is checked, and at logout: records the outcome, stamps the session for the absolute timeout,
 * switches to the user's chosen language and sends the browser on (to the change-password page while a one-time password is in use). Failures all land
 * on the same message, whatever the reason, except the "wait and try again" of the brute-force brake.
 */
class LoginOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler, LogoutHandler {

    private final UserRepository users;
    private final AuditLog audit;
    private final Clock clock;
    private final LocaleResolver locales;
    private final SavedRequestAwareAuthenticationSuccessHandler savedRequest = new SavedRequestAwareAuthenticationSuccessHandler();

    LoginOutcomes(UserRepository users, AuditLog audit, Clock clock, RequestCache requestCache,
                  LocaleResolver locales) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.locales = locales;
        this.savedRequest.setRequestCache(requestCache);
        this.savedRequest.setRedirectStrategy(new PathOnlyRedirects());
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        SignedInUser user = (SignedInUser) authentication.getPrincipal();
        request.getSession().setAttribute(AbsoluteSessionTimeoutFilter.SIGNED_IN_AT, clock.millis());
        users.recordLogin(user.id(), clock.instant(), request.getRemoteAddr());
        audit.record(user.username(), "login", "user:" + user.username(), AuditEntry.Outcome.SUCCESS, Map.of());
        users.findLanguage(user.id()).flatMap(Language::ofTag)
                .ifPresent(language -> locales.setLocale(request, response, language.locale()));
        boolean mustChange = authentication.getAuthorities().stream()
                .anyMatch(a -> Authorities.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority()));
        if (mustChange) {
            response.sendRedirect(request.getContextPath() + SecurityPaths.CHANGE_PASSWORD);
            return;
        }
        savedRequest.onAuthenticationSuccess(request, response, authentication);
    }

    /**
     * The saved page's URL was built from the request's {@code Host} header, which a client controls: only its path
     * and query are kept, so the redirect stays on whatever host the browser is on.
     */
    private static final class PathOnlyRedirects extends DefaultRedirectStrategy {

        @Override
        protected String calculateRedirectUrl(String contextPath, String url) {
            if (!UrlUtils.isAbsoluteUrl(url)) {
                return super.calculateRedirectUrl(contextPath, url);
            }
            URI absolute = URI.create(url);
            String path = absolute.getRawPath() == null || absolute.getRawPath().isEmpty() ? "/" : absolute.getRawPath();
            return absolute.getRawQuery() == null ? path : path + "?" + absolute.getRawQuery();
        }
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String reason = exception instanceof LoginThrottledException throttled
                ? "wait=" + Math.max(1, throttled.retryAfter().toSeconds()) : "error";
        response.sendRedirect(request.getContextPath() + SecurityPaths.LOGIN + "?" + reason);
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null) {
            audit.record(authentication.getName(), "logout", "user:" + authentication.getName(),
                    AuditEntry.Outcome.SUCCESS, Map.of());
        }
    }
}
