package io.dupliwatch.integrations.relay;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.http.HttpMethod;

/** The push monitors Dupliwatch can feed, each with its own way of saying "up" and "down". */
enum HeartbeatKind {

    /**
     * Healthchecks ping URL ({@code /ping/<uuid>} or {@code /ping/<key>/<slug>}): POST to it for success, to
     * {@code …/fail} for failure; the body (kept by Healthchecks, up to 10 kB) says what happened.
     */
    HEALTHCHECKS("healthchecks") {
        @Override
        Ping ping(URI url, boolean up, String message) {
            String path = stripTrailingSlash(url.getRawPath());
            return new Ping(HttpMethod.POST, withPathAndQuery(url, up ? path : path + "/fail", url.getRawQuery()), message);
        }
    },

    /**
     * Uptime Kuma push URL ({@code /api/push/<token>?status=up&msg=OK&ping=}): GET (Kuma 1.x accepts nothing
     * else) with {@code status=up|down} and {@code msg}; the parameters of the copied URL are replaced.
     */
    UPTIME_KUMA("uptime-kuma") {
        @Override
        Ping ping(URI url, boolean up, String message) {
            List<String> kept = url.getRawQuery() == null ? List.of() : Arrays.stream(url.getRawQuery().split("&"))
                    .filter(param -> !List.of("status", "msg", "ping").contains(param.split("=", 2)[0]))
                    .toList();
            String query = String.join("&", kept) + (kept.isEmpty() ? "" : "&") + "status=" + (up ? "up" : "down")
                    + "&msg=" + URLEncoder.encode(message, StandardCharsets.UTF_8).replace("+", "%20");
            return new Ping(HttpMethod.GET, withPathAndQuery(url, url.getRawPath(), query), null);
        }
    };

    /** One request to send: a body only for methods that carry one. */
    record Ping(HttpMethod method, URI uri, String body) {
    }

    private final String json;

    HeartbeatKind(String json) {
        this.json = json;
    }

    abstract Ping ping(URI url, boolean up, String message);

    String json() {
        return json;
    }

    static Optional<HeartbeatKind> fromJson(String value) {
        return Arrays.stream(values()).filter(kind -> kind.json.equals(value.toLowerCase(Locale.ROOT))).findFirst();
    }

    static String names() {
        return Arrays.stream(values()).map(HeartbeatKind::json).collect(Collectors.joining(", "));
    }

    /** Uptime Kuma's push URLs have {@code /api/push/} in the path; everything else is read as Healthchecks. */
    static HeartbeatKind guess(URI url) {
        return url.getRawPath() != null && url.getRawPath().contains("/api/push/") ? UPTIME_KUMA : HEALTHCHECKS;
    }

    private static String stripTrailingSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static URI withPathAndQuery(URI url, String rawPath, String rawQuery) {
        return URI.create(url.getScheme() + "://" + url.getRawAuthority() + rawPath
                + (rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery));
    }
}
