package io.dupliwatch.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page template may declare: {@code @param org.springframework.security.web.csrf.CsrfToken _csrf}
 * (forms: a hidden {@code _csrf} field; htmx: the {@code X-CSRF-TOKEN} header, e.g. {@code hx-headers} on
 * {@code <body>}) and {@code @param io.dupliwatch.security.CurrentUser currentUser}. The token is generated
 * lazily, only when a template reads it. Only the packages that render pages: run for every handler, these methods
 * cost the polled JSON endpoints about a tenth of their time.
 */
@ControllerAdvice(basePackages = {"io.dupliwatch.web", "io.dupliwatch.security", "io.dupliwatch.errors"})
class SecurityModelAdvice {

    @ModelAttribute("_csrf")
    CsrfToken csrf(CsrfToken token) {
        return token;
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return new CurrentUser(authentication.getName(), authentication.getAuthorities().stream()
                .anyMatch(a -> Scope.ADMIN.authority().equals(a.getAuthority())));
    }
}
