package io.dupliwatch.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session {@code session-absolute-timeout} after its login, however active it is (a dashboard that polls
 * would otherwise keep it alive forever). The request then continues as anonymous.
 */
class AbsoluteSessionTimeoutFilter extends OncePerRequestFilter {

    /** Epoch milliseconds of the login that made the session. */
    static final String SIGNED_IN_AT = "dupliwatch.signedInAt";

    private final Duration timeout;
    private final Clock clock;

    AbsoluteSessionTimeoutFilter(Duration timeout, Clock clock) {
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN_AT) instanceof Long signedInAt
                && clock.millis() - signedInAt > timeout.toMillis()) {
            session.invalidate();
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }
}
