package io.dupliwatch.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client against the running server: what Duplicati, Homepage, curl or a browser would send.
 * <ul>
 * <li>{@code new Http(port)}: anonymous, like Duplicati or Homepage.</li>
 * <li>{@link #asAdmin()}: with the {@link TestAdminToken} (scope admin): any API call, no CSRF token needed.</li>
 * <li>{@link #withToken(String)}: with any API token ({@code Authorization: Bearer}).</li>
 * <li>{@link #login(String, String)}: a browser session (cookie kept, CSRF token sent on every write, as a
 *     hidden {@code _csrf} field by {@link #postForm} and as the {@code X-CSRF-TOKEN} header otherwise).</li>
 * </ul>
 * Redirects are not followed: assert them with {@link Reply#status()} and {@link Reply#header(String)}.
 */
public final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final Map<String, String> headers;
    /** Non-null for a browser: cookies by name. */
    private final Map<String, String> cookies;
    private String csrfToken;

    public Http(int port) {
        this("http://localhost:" + port);
    }

    /** E.g. {@code http://localhost:8080/dupliwatch} for a server under a context path. */
    public Http(String base) {
        this(base, Map.of(), null);
    }

    private Http(String base, Map<String, String> headers, Map<String, String> cookies) {
        this.base = base;
        this.headers = Map.copyOf(headers);
        this.cookies = cookies;
    }

    /** Authenticated with the test admin token. */
    public Http asAdmin() {
        return withToken(TestAdminToken.VALUE);
    }

    public Http withToken(String token) {
        return withHeader("Authorization", "Bearer " + token);
    }

    public Http withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Http(base, more, cookies);
    }

    /** A browser without a session yet: keeps cookies, and the CSRF token of the last form page it read. */
    public Http browser() {
        return new Http(base, headers, new LinkedHashMap<>());
    }

    /**
     * Signs in through the login form and returns that browser, ready to use. Fails unless the login succeeded
     * (including a login that must first change a one-time password).
     */
    public Http login(String username, String password) {
        Http browser = browser();
        Reply reply = browser.submitLogin(username, password);
        String location = reply.header("Location");
        if (reply.status() != 302 || location == null || location.contains("/login")) {
            throw new IllegalStateException("login of " + username + " failed: " + reply.status() + " " + location);
        }
        browser.readCsrfToken("/account/password");
        return browser;
    }

    /** Fetches the login form (session cookie and CSRF token) and posts it; returns the answer to the post. */
    public Reply submitLogin(String username, String password) {
        requireBrowser();
        readCsrfToken("/login");
        return postForm("/login", Map.of("username", username, "password", password));
    }

    /** Reads the CSRF token from a page's form; returns that page. */
    public Reply readCsrfToken(String pagePath) {
        requireBrowser();
        Reply page = get(pagePath);
        Matcher matcher = CSRF_FIELD.matcher(page.body());
        if (matcher.find()) {
            csrfToken = matcher.group(1);
        }
        return page;
    }

    public String csrfToken() {
        return csrfToken;
    }

    /** The value of a cookie this browser holds, or null. */
    public String cookie(String name) {
        requireBrowser();
        return cookies.get(name);
    }

    /**
     * Sends the request line as written, for paths a URI class refuses to build (e.g. invalid percent-encoding).
     *
     * @return the status code and the body
     */
    public java.util.Map.Entry<Integer, String> rawGet(String path) {
        try (java.net.Socket socket = new java.net.Socket("localhost", URI.create(base).getPort())) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            return java.util.Map.entry(status, response.substring(response.indexOf("\r\n\r\n") + 4));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public Reply post(String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    public Reply postJson(String path, String json) {
        return post(path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    public Reply putJson(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply patchJson(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    /** A form post; a browser adds its {@code _csrf} field. */
    public Reply postForm(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrfToken != null) {
            all.putIfAbsent("_csrf", csrfToken);
        }
        String body = all.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return post(path, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8));
    }

    /** A copy of this browser that sends no CSRF token: what a forged cross-site request looks like. */
    public Http withoutCsrfToken() {
        Http copy = new Http(base, headers, cookies);
        copy.csrfToken = null;
        return copy;
    }

    public Reply upload(byte[] report) {
        return post("/api/upload", "application/json", report);
    }

    public Reply upload(String report) {
        return upload(report.getBytes(StandardCharsets.UTF_8));
    }

    public Reply send(HttpRequest.Builder request) {
        headers.forEach(request::header);
        if (cookies != null && !cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
        if (csrfToken != null && !List.of("GET", "HEAD").contains(built.method())
                && built.headers().firstValue("Content-Type").filter(t -> t.startsWith("application/x-www-form-urlencoded")).isEmpty()) {
            request.header("X-CSRF-TOKEN", csrfToken);
            built = request.build();
        }
        try {
            HttpResponse<String> response = CLIENT.send(built, HttpResponse.BodyHandlers.ofString());
            if (cookies != null) {
                response.headers().allValues("Set-Cookie").forEach(this::keepCookie);
            }
            return new Reply(response);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void keepCookie(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int eq = pair.indexOf('=');
        String name = pair.substring(0, eq).trim();
        String value = pair.substring(eq + 1).trim();
        if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
            cookies.remove(name);
        }
        else {
            cookies.put(name, value);
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private void requireBrowser() {
        if (cookies == null) {
            throw new IllegalStateException("only a browser() keeps sessions");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A response, with its body read as JSON on demand. */
    public record Reply(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public JsonNode json() {
            return JSON.readTree(response.body());
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public List<String> headers(String name) {
            return response.headers().allValues(name);
        }
    }
}
