package io.dupliwatch.collect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLSocketFactory;

import io.dupliwatch.testsupport.Samples;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local Duplicati 2.3.0.4 server API for tests, built on mockwebserver3 from the reference (sections 3–7 and
 * the section 11 transcript) and serving the sample bodies byte for byte. It enforces what a real server
 * enforces: the bearer token (or {@code PreAuth} token) on every protected call, the password, the refresh
 * cookie + nonce rotation, logout revoking the token family, the allowed-hostnames check (after authentication
 * for protected calls, before the password for the login), and log paging ({@code pagesize} clamped to 10..500,
 * default 100, {@code offset} meaning "IDs below this", newest first).
 */
final class DuplicatiStub extends Dispatcher implements AutoCloseable {

    static final String PASSWORD = "correct horse battery staple";
    static final String MACHINE_ID = "3f1c9a7be2d04c6f9a51d8e0b7c4a2f3";
    static final String DOCUMENTS_TARGET_PASSWORD = "K003Wm8d4bXcP9t2QyZrLk7nVs1HfEa";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LOG_PATH = Pattern.compile("/api/v1/backup/([^/]+)/log");

    private final MockWebServer server = new MockWebServer();
    private final Map<String, NavigableMap<Long, String>> logs = new ConcurrentHashMap<>();
    private final Set<String> validAccessTokens = ConcurrentHashMap.newKeySet();
    private final Set<String> preAuthTokens = ConcurrentHashMap.newKeySet();
    private final Set<String> refusedHostNames = ConcurrentHashMap.newKeySet();
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger logins = new AtomicInteger();
    private final AtomicInteger refreshes = new AtomicInteger();
    private final AtomicInteger logouts = new AtomicInteger();
    private final AtomicInteger issued = new AtomicInteger();

    private volatile String password = PASSWORD;
    private volatile String systemInfoBody = sample("systeminfo.trimmed.json");
    private volatile String backupsBody = sample("backups.json");
    private volatile String refreshToken;
    private volatile String refreshNonce;
    private volatile long stallMillis;

    private DuplicatiStub(SSLSocketFactory tls) {
        logs.put("1", rows(sample("backup-1-log.page1.json"), sample("backup-1-log.page2.json")));
        logs.put("2", rows(sample("backup-2-log.page1.json")));
        server.setDispatcher(this);
        if (tls != null) {
            server.useHttps(tls);
        }
        try {
            server.start();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DuplicatiStub http() {
        return new DuplicatiStub(null);
    }

    static DuplicatiStub https(SSLSocketFactory tls) {
        return new DuplicatiStub(tls);
    }

    /** {@code localhost:<port>}, as a user would type it without a scheme. */
    String hostAndPort() {
        return server.getHostName() + ":" + server.getPort();
    }

    int port() {
        return server.getPort();
    }

    /** A body from the shared samples ({@code samples/duplicati-rest-api} in the test resources), never edited. */
    static String sample(String name) {
        return Samples.text("duplicati-rest-api/" + name);
    }

    // ---- scenario knobs -------------------------------------------------------------------------------------

    DuplicatiStub password(String newPassword) {
        this.password = newPassword;
        return this;
    }

    DuplicatiStub preAuthToken(String token) {
        preAuthTokens.add(token);
        return this;
    }

    /** Answers as if this name (e.g. {@code localhost}) were a DNS name missing from the allowed host names. */
    DuplicatiStub refuseHostName(String name) {
        refusedHostNames.add(name.toLowerCase(Locale.ROOT));
        return this;
    }

    /** The 15 minutes of every access token issued so far have passed. */
    void expireAccessTokens() {
        validAccessTokens.clear();
    }

    /** The refresh token issued last no longer works (expired, or its family was revoked). */
    void revokeRefreshToken() {
        refreshToken = "revoked";
    }

    void stallResponses(Duration delay) {
        stallMillis = delay.toMillis();
    }

    void systemInfo(String body) {
        systemInfoBody = body;
    }

    void backups(String body) {
        backupsBody = body;
    }

    /** Replaces a job's stored log with raw row objects ({@code {"ID":…,"Message":"…"}}). */
    void log(String jobId, List<String> rawRows) {
        NavigableMap<Long, String> table = new ConcurrentSkipListMap<>();
        for (String row : rawRows) {
            table.put(JSON.readTree(row).path("ID").asLong(), row);
        }
        logs.put(jobId, table);
    }

    /**
     * {@code count} backup rows (IDs 1..count) cloned from the Documents job's newest row, the i-th one begun
     * {@code i} hours after {@code firstBegin}.
     */
    static List<String> backupRows(int count, Instant firstBegin) {
        ObjectNode template = (ObjectNode) JSON.readTree(rows(sample("backup-1-log.page1.json")).get(13L));
        ObjectNode message = (ObjectNode) JSON.readTree(template.path("Message").stringValue());
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Instant begin = firstBegin.plus(Duration.ofHours(i));
            message.put("BeginTime", begin.toString());
            message.put("EndTime", begin.plusSeconds(190).toString());
            ObjectNode row = template.deepCopy();
            row.put("ID", i).put("OperationID", 2L * i).put("Timestamp", begin.plusSeconds(190).getEpochSecond())
                    .put("Message", message.toString());
            rows.add(row.toString());
        }
        return rows;
    }

    // ---- what happened -------------------------------------------------------------------------------------

    int logins() {
        return logins.get();
    }

    int refreshes() {
        return refreshes.get();
    }

    int logouts() {
        return logouts.get();
    }

    /** {@code METHOD target}, e.g. {@code GET /api/v1/backup/1/log?pagesize=500&offset=4}. */
    List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    @Override
    public void close() {
        server.close();
    }

    // ---- the server ----------------------------------------------------------------------------------------

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        requests.add(request.getMethod() + " " + request.getTarget());
        MockResponse response = answer(request);
        if (stallMillis > 0) {
            return response.newBuilder().headersDelay(stallMillis, TimeUnit.MILLISECONDS).build();
        }
        return response;
    }

    private MockResponse answer(RecordedRequest request) {
        HttpUrl url = request.getUrl();
        String path = url.encodedPath();
        String method = request.getMethod();
        if (path.equals("/health")) {
            return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/plain").body("Healthy").build();
        }
        if (!path.startsWith("/api/v1/") && !path.startsWith("/api/v2/")) {
            return new MockResponse.Builder().code(404).build();
        }
        if ("POST".equals(method) && path.equals("/api/v1/auth/login")) {
            return login(request);
        }
        if ("POST".equals(method) && path.equals("/api/v1/auth/refresh")) {
            return refresh(request);
        }
        if ("POST".equals(method) && path.equals("/api/v1/auth/refresh/logout")) {
            return logout(request);
        }
        if (!authorized(request.getHeaders().get("Authorization"))) {
            return new MockResponse.Builder().code(401).setHeader("WWW-Authenticate", "Bearer").build();
        }
        if (!hostAllowed(request)) {
            return invalidHostName(request);
        }
        if (!"GET".equals(method)) {
            return new MockResponse.Builder().code(405).build();
        }
        Matcher log = LOG_PATH.matcher(path);
        return switch (path) {
            case "/api/v1/systeminfo" -> json(200, systemInfoBody);
            case "/api/v1/backups" -> json(200, backupsBody);
            case "/api/v1/serverstate" -> json(200, sample("serverstate.json"));
            case "/api/v1/progressstate" -> json(404, sample("error-no-active-backup.json"));
            default -> log.matches() ? log(log.group(1), url) : new MockResponse.Builder().code(404).build();
        };
    }

    private MockResponse login(RecordedRequest request) {
        if (!hostAllowed(request)) {
            return invalidHostName(request);
        }
        String contentType = request.getHeaders().get("Content-Type");
        if (contentType == null || !contentType.startsWith("application/json")) {
            return new MockResponse.Builder().code(415).build();
        }
        String given = null;
        JsonNode body = JSON.readTree(request.getBody() == null ? "{}" : request.getBody().utf8());
        for (Map.Entry<String, JsonNode> property : body.properties()) {
            if (property.getKey().equalsIgnoreCase("Password")) {
                given = DuplicatiJson.text(property.getValue());
            }
        }
        if (given == null || given.isEmpty() || !given.equals(password)) {
            return json(401, sample("error-login-failed.json"));
        }
        int n = logins.incrementAndGet();
        return issueTokens(request, n == 1);
    }

    private MockResponse refresh(RecordedRequest request) {
        String cookie = refreshCookie(request);
        if (cookie == null) {
            return json(401, sample("error-refresh-missing-cookie.json"));
        }
        String nonce = request.getBody() == null || request.getBody().size() == 0
                ? null : DuplicatiJson.text(JSON.readTree(request.getBody().utf8()).path("Nonce"));
        if (!cookie.equals(refreshToken) || nonce == null || !nonce.equals(refreshNonce)) {
            return json(401, "{\"Error\":\"Failed to refresh token\",\"Code\":401}");
        }
        refreshes.incrementAndGet();
        return issueTokens(request, false);
    }

    private MockResponse logout(RecordedRequest request) {
        String cookie = refreshCookie(request);
        String nonce = request.getBody() == null || request.getBody().size() == 0
                ? null : DuplicatiJson.text(JSON.readTree(request.getBody().utf8()).path("Nonce"));
        if (cookie != null && cookie.equals(refreshToken) && nonce != null && nonce.equals(refreshNonce)) {
            logouts.incrementAndGet();
            validAccessTokens.clear();
            refreshToken = null;
            refreshNonce = null;
        }
        return new MockResponse.Builder().code(200)
                .setHeader("Content-Type", "application/json; charset=utf-8")
                .addHeader("Set-Cookie", cookieName(request)
                        + "=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/api/v1/auth/refresh; samesite=strict; httponly")
                .body("{\"success\":true}")
                .build();
    }

    /** The first login answers with the sample body and cookie; later ones with fresh values. */
    private MockResponse issueTokens(RecordedRequest request, boolean sampleTokens) {
        String body;
        if (sampleTokens) {
            body = sample("auth-login.json");
            refreshToken = sample("auth-login.refresh-cookie.txt").strip();
        }
        else {
            int n = issued.incrementAndGet();
            body = "{\"AccessToken\":\"access-" + n + "\",\"RefreshNonce\":\"nonce\\u002B" + n + "\"}";
            refreshToken = "refresh-" + n;
        }
        JsonNode tokens = JSON.readTree(body);
        validAccessTokens.add(tokens.path("AccessToken").stringValue());
        refreshNonce = tokens.path("RefreshNonce").stringValue();
        return new MockResponse.Builder().code(200)
                .setHeader("Content-Type", "application/json; charset=utf-8")
                .setHeader("Server", "Kestrel")
                .addHeader("Set-Cookie", cookieName(request) + "=" + refreshToken
                        + "; expires=Sat, 12 Sep 2026 07:30:00 GMT; domain=" + request.getUrl().host()
                        + "; path=/api/v1/auth/refresh; samesite=strict; httponly")
                .body(body)
                .build();
    }

    private MockResponse log(String jobId, HttpUrl url) {
        NavigableMap<Long, String> table = logs.get(jobId);
        if (table == null) {
            return json(404, sample("error-backup-not-found.json"));
        }
        String pageSizeParameter = url.queryParameter("pagesize");
        int pageSize = pageSizeParameter == null ? 100 : Math.max(10, Math.min(500, Integer.parseInt(pageSizeParameter)));
        String offset = url.queryParameter("offset");
        NavigableMap<Long, String> older = offset == null ? table : table.headMap(Long.parseLong(offset), false);
        List<String> page = older.descendingMap().values().stream().limit(pageSize).toList();
        return json(200, "[" + String.join(",", page) + "]");
    }

    private boolean authorized(String authorization) {
        if (authorization == null) {
            return false;
        }
        if (authorization.startsWith("Bearer ")) {
            return validAccessTokens.contains(authorization.substring(7));
        }
        return authorization.startsWith("PreAuth ") && preAuthTokens.contains(authorization.substring(8));
    }

    /** Duplicati's HostnameValidator: loopback names, any IP literal, the allowed list (reference 3.3). */
    private boolean hostAllowed(RecordedRequest request) {
        String host = hostOf(request).toLowerCase(Locale.ROOT);
        if (refusedHostNames.contains(host)) {
            return false;
        }
        return host.equals("localhost") || host.equals("localhost.localdomain") || host.equals("127.0.0.1")
                || host.equals("[::1]") || host.matches("\\d{1,3}(\\.\\d{1,3}){3}") || host.startsWith("[");
    }

    private MockResponse invalidHostName(RecordedRequest request) {
        return json(403, "{\"Error\":\"Invalid hostname: " + hostOf(request) + "\",\"Code\":403}");
    }

    private static String hostOf(RecordedRequest request) {
        String header = request.getHeaders().get("Host");
        if (header == null) {
            return "";
        }
        return header.startsWith("[") ? header.substring(0, header.indexOf(']') + 1) : header.split(":")[0];
    }

    private static String cookieName(RecordedRequest request) {
        String header = request.getHeaders().get("Host");
        String port = header != null && header.lastIndexOf(':') > header.lastIndexOf(']')
                ? header.substring(header.lastIndexOf(':') + 1) : "0";
        return "RefreshToken_" + port;
    }

    private static String refreshCookie(RecordedRequest request) {
        String header = request.getHeaders().get("Cookie");
        if (header == null) {
            return null;
        }
        String name = cookieName(request) + "=";
        for (String pair : header.split(";")) {
            if (pair.strip().startsWith(name)) {
                return pair.strip().substring(name.length());
            }
        }
        return null;
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code)
                .setHeader("Content-Type", "application/json; charset=utf-8")
                .setHeader("Server", "Kestrel")
                .body(body)
                .build();
    }

    /** The raw text of each row object of sample pages, by ID, so that served pages stay byte-exact. */
    private static NavigableMap<Long, String> rows(String... pages) {
        NavigableMap<Long, String> table = new ConcurrentSkipListMap<>();
        for (String page : pages) {
            try (JsonParser parser = JSON.createParser(page)) {
                parser.nextToken();
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    int start = (int) parser.currentTokenLocation().getCharOffset();
                    parser.skipChildren();
                    int end = (int) parser.currentLocation().getCharOffset();
                    String row = page.substring(start, end);
                    table.put(JSON.readTree(row).path("ID").asLong(), row);
                }
            }
        }
        return table;
    }
}
