package io.dupliwatch.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.dupliwatch.errors.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that present a token ({@code Authorization: Bearer} or {@code ?token=}) for this
 * request only: nothing goes into a session. A token that is unknown or revoked is refused with 401 right away,
 * never silently ignored, so a cross-site request cannot skip CSRF checks by adding a made-up token.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final RequestMatcher apiRequests;

    ApiTokenFilter(ApiTokens tokens, RequestMatcher apiRequests) {
        this.tokens = tokens;
        this.apiRequests = apiRequests;
    }

    /** The token a request presents, or null. Reads headers and the raw query string only. */
    static String presentedToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return header.substring(7).trim();
        }
        return QueryString.first(request, "token");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !apiRequests.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = presentedToken(request);
        if (presented == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiToken> token = tokens.authenticate(presented);
        if (token.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            Problems.write(request, response, HttpStatus.UNAUTHORIZED, "Invalid or revoked API token");
            return;
        }
        ApiToken valid = token.get();
        PreAuthenticatedAuthenticationToken authentication = new PreAuthenticatedAuthenticationToken(
                new TokenPrincipal(valid.id(), valid.name()), null, Authorities.of(valid.scopes()));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
