package io.dupliwatch.errors;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * The body of every JSON error: an RFC 9457 problem ({@code type}, {@code title}, {@code status}, {@code detail},
 * {@code instance}) that also carries the fields duplistatus clients read: {@code error} (short, what clients match
 * on) and {@code message} (the detail again). Controllers, filters and Tomcat's own error report all write this.
 */
public final class Problems {

    /**
     * Never cached, answers and errors alike: a proxy or widget must not keep showing either once things change.
     * The value duplistatus sends.
     */
    public static final String NO_STORE = "no-store, no-cache, must-revalidate";

    /** RFC 9457's "no further type": stated, so that every answer has all five members. */
    private static final URI BLANK = URI.create("about:blank");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String error, String detail, String path) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(BLANK);
        if (path != null) {
            try {
                problem.setInstance(URI.create(path));
            }
            catch (IllegalArgumentException e) {
                // Not a valid URI reference: the problem simply names no instance.
            }
        }
        problem.setProperty("error", error);
        problem.setProperty("message", detail);
        return problem;
    }

    /** For answers given before any controller (security filters): the same body, written directly. */
    public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String error)
            throws IOException {
        response.setStatus(status.value());
        response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json(status, error, request.getRequestURI()));
        response.getWriter().flush();
    }

    static String json(HttpStatus status, String error, String path) {
        ProblemDetail problem = of(status, error, error, null);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", path);
        body.putAll(problem.getProperties());
        return JSON.writeValueAsString(body);
    }
}
