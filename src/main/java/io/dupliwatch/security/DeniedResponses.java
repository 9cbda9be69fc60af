package io.dupliwatch.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.dupliwatch.errors.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * What a refused request gets. API calls: 401 or 403 as ProblemDetail JSON, never a redirect. Pages: the login
 * page when nobody is signed in, the change-password page while a one-time password is still in use, the login
 * page again when a login form's CSRF token has expired, else 403.
 */
class DeniedResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final RequestMatcher apiRequests;
    private final LoginUrlAuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint(SecurityPaths.LOGIN);

    DeniedResponses(RequestMatcher apiRequests) {
        this.apiRequests = apiRequests;
        // Never built from the Host header, which the client controls.
        this.loginPage.setFavorRelativeUris(true);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException e) throws IOException, ServletException {
        boolean htmx = request.getHeader("HX-Request") != null;
        if (htmx) {
            // htmx follows this header whatever the status: the whole page goes to the login form, not a fragment.
            response.setHeader("HX-Redirect", request.getContextPath() + SecurityPaths.LOGIN);
        }
        if (htmx || apiRequests.matches(request)) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            Problems.write(request, response, HttpStatus.UNAUTHORIZED,
                    "Authentication required: sign in or send an API token");
            return;
        }
        loginPage.commence(request, response, e);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        boolean api = apiRequests.matches(request);
        if (e instanceof CsrfException) {
            if (api && !signedIn()) {
                // Without a session there is nothing to forge: the honest answer is "who are you?".
                commence(request, response, new InsufficientAuthenticationException(e.getMessage()));
                return;
            }
            if (!api && SecurityPaths.LOGIN.equals(request.getServletPath())) {
                response.sendRedirect(request.getContextPath() + SecurityPaths.LOGIN + "?expired");
                return;
            }
            deny(request, response, api, "Invalid or missing CSRF token");
            return;
        }
        if (mustChangePassword()) {
            if (!api && HttpMethod.GET.matches(request.getMethod())) {
                response.sendRedirect(request.getContextPath() + SecurityPaths.CHANGE_PASSWORD);
                return;
            }
            deny(request, response, api, "Password change required: set a new password at " + SecurityPaths.CHANGE_PASSWORD);
            return;
        }
        deny(request, response, api, "Forbidden: your account or token lacks the permission for this");
    }

    private static void deny(HttpServletRequest request, HttpServletResponse response, boolean api, String error)
            throws IOException {
        if (api) {
            Problems.write(request, response, HttpStatus.FORBIDDEN, error);
        }
        else {
            response.sendError(HttpStatus.FORBIDDEN.value());
        }
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    private static boolean mustChangePassword() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> Authorities.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority()));
    }
}
