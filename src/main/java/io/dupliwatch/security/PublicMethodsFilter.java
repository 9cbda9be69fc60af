package io.dupliwatch.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.dupliwatch.errors.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * A wrong method on a public endpoint ({@code GET /api/upload}, {@code POST /api/summary}...) is a 405 with an
 * {@code Allow} header, before any authentication or CSRF check: what duplistatus answers, and what tells a
 * misconfigured client its mistake instead of a misleading 401. OPTIONS goes on to Spring MVC, which answers it.
 */
final class PublicMethodsFilter extends OncePerRequestFilter {

    private final Map<RequestMatcher, List<HttpMethod>> allowed = new LinkedHashMap<>();

    /**
     * @param uploadPath  answered to POST only
     * @param readPaths   path patterns answered to GET and HEAD only
     */
    PublicMethodsFilter(String uploadPath, String... readPaths) {
        allowed.put(pathPattern(uploadPath), List.of(HttpMethod.POST));
        for (String path : readPaths) {
            allowed.put(pathPattern(path), List.of(HttpMethod.GET, HttpMethod.HEAD));
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpMethod method = HttpMethod.valueOf(request.getMethod());
        if (method != HttpMethod.OPTIONS) {
            for (Map.Entry<RequestMatcher, List<HttpMethod>> endpoint : allowed.entrySet()) {
                if (endpoint.getKey().matches(request) && !endpoint.getValue().contains(method)) {
                    response.setHeader(HttpHeaders.ALLOW, String.join(", ",
                            endpoint.getValue().stream().map(HttpMethod::name).toList()));
                    Problems.write(request, response, HttpStatus.METHOD_NOT_ALLOWED,
                            "Method '" + method.name() + "' is not supported.");
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }
}
