package io.dupliwatch.collect;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLException;

import io.dupliwatch.config.LogEscape;
import io.dupliwatch.collect.DuplicatiCredential.Password;
import io.dupliwatch.collect.DuplicatiCredential.PreAuthToken;
import io.dupliwatch.collect.ServerCertificateTrust.UntrustedCertificateException;
import io.dupliwatch.config.OutboundHttp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One authenticated conversation with a Duplicati server, for one collection. With a password it logs in once,
 * renews the 15-minute access token through the refresh-token cookie when a call is refused (logging in again
 * only if the refresh fails), and logs out on {@link #close()} so that Duplicati can drop the token family the
 * login created. With a pre-authenticated token every call simply carries it.
 *
 * <p>Not thread-safe: one collection uses one session from one thread.
 */
final class DuplicatiSession implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DuplicatiSession.class);
    private static final String LOGIN = "/api/v1/auth/login";
    private static final String REFRESH = "/api/v1/auth/refresh";
    private static final String LOGOUT = "/api/v1/auth/refresh/logout";
    private static final String REFRESH_COOKIE_PREFIX = "RefreshToken_";
    private static final int MAX_ERROR_CHARS = 200;

    private final URI base;
    private final HttpClient http;
    private final DuplicatiCredential credential;
    private final ServerCertificateTrust trust;
    private final JsonMapper json;
    private final CollectProperties properties;

    private String accessToken;
    private String refreshNonce;
    private String refreshCookie;
    private DuplicatiSystemInfo systemInfo;

    DuplicatiSession(URI base, HttpClient http, DuplicatiCredential credential, ServerCertificateTrust trust,
                     JsonMapper json, CollectProperties properties) {
        this.base = base;
        this.http = http;
        this.credential = credential;
        this.trust = trust;
        this.json = json;
        this.properties = properties;
    }

    /** The scheme, host and port that answered, e.g. {@code https://192.168.1.20:8200}. */
    URI baseUrl() {
        return base;
    }

    /**
     * SHA-256 fingerprint of a certificate accepted only because self-signed certificates are allowed, to be
     * pinned; {@code null} over HTTP or when the certificate passed the system trust store.
     */
    String acceptedSelfSignedCertificate() {
        boolean https = "https".equals(base.getScheme());
        return https && !trust.presentedVerified() ? trust.presentedFingerprint() : null;
    }

    void authenticate() {
        if (credential instanceof PreAuthToken) {
            systemInfo();
        }
        else {
            login();
        }
    }

    /** {@code GET /api/v1/systeminfo}, asked once per session. */
    DuplicatiSystemInfo systemInfo() {
        if (systemInfo == null) {
            systemInfo = DuplicatiSystemInfo.fromJson(getJson("/api/v1/systeminfo"));
        }
        return systemInfo;
    }

    /** {@code GET /api/v1/backups}: the jobs with their schedules, without their destination URLs. */
    List<DuplicatiJob> jobs() {
        return DuplicatiJob.listFromJson(getJson("/api/v1/backups"));
    }

    /**
     * Every row of a job's stored log, newest first: pages of {@link CollectProperties#effectiveLogPageSize()}
     * rows, each asking for ids below the smallest id seen, until a short page.
     */
    List<DuplicatiLogEntry> log(String jobId) {
        int pageSize = properties.effectiveLogPageSize();
        String path = "/api/v1/backup/" + URLEncoder.encode(jobId, StandardCharsets.UTF_8) + "/log?pagesize="
                + pageSize;
        List<DuplicatiLogEntry> entries = new ArrayList<>();
        Long offset = null;
        while (true) {
            JsonNode page = getJson(offset == null ? path : path + "&offset=" + offset);
            if (!page.isArray()) {
                throw new DuplicatiException(DuplicatiProblem.NOT_DUPLICATI, "the log of job " + jobId
                        + " is not a JSON array");
            }
            long smallest = Long.MAX_VALUE;
            for (JsonNode row : page) {
                DuplicatiLogEntry entry = DuplicatiLogEntry.fromJson(row, json);
                entries.add(entry);
                smallest = Math.min(smallest, entry.id());
            }
            boolean lastPage = page.size() < pageSize;
            boolean noProgress = offset != null && smallest >= offset;
            if (lastPage || noProgress) {
                return entries;
            }
            offset = smallest;
        }
    }

    @Override
    public void close() {
        if (refreshCookie == null) {
            return;
        }
        try {
            HttpResponse<String> response = exchange(post(LOGOUT, nonceBody()).header("Cookie", refreshCookie));
            log.debug("Logged out of {}: HTTP {}", base, response.statusCode());
        }
        catch (DuplicatiException e) {
            log.info("Logging out of {} failed ({}); Duplicati keeps that login until it expires", base,
                    e.getMessage());
        }
        finally {
            refreshCookie = null;
            accessToken = null;
        }
    }

    private void login() {
        String body = json.createObjectNode()
                .put("Password", credential.secret())
                .put("RememberMe", true)
                .toString();
        HttpResponse<String> response = exchange(post(LOGIN, HttpRequest.BodyPublishers.ofString(body)));
        int status = response.statusCode();
        if (status == 200) {
            acceptTokens(response, "login");
            return;
        }
        if (status == 401) {
            throw new DuplicatiException(DuplicatiProblem.WRONG_PASSWORD, "Duplicati at " + base
                    + " refused the password");
        }
        if (status == 400 && response.body().contains("XSRF")) {
            throw new DuplicatiException(DuplicatiProblem.UNSUPPORTED_VERSION, "Duplicati at " + base
                    + " is a 2.0.x server; collecting needs Duplicati 2.1 or later");
        }
        throw refusal(response, "login");
    }

    /** Refresh-token renewal (rotates cookie and nonce); a fresh login when there is no usable refresh token. */
    private void renewAccessToken() {
        if (refreshCookie != null) {
            HttpResponse<String> response = exchange(post(REFRESH, nonceBody()).header("Cookie", refreshCookie));
            if (response.statusCode() == 200) {
                acceptTokens(response, "refresh");
                log.debug("Renewed the access token for {}", base);
                return;
            }
            log.debug("Refreshing the access token for {} gave HTTP {}; logging in again", base,
                    response.statusCode());
        }
        login();
    }

    private void acceptTokens(HttpResponse<String> response, String what) {
        JsonNode answer = readJson(response, what);
        String token = DuplicatiJson.text(answer.path("AccessToken"));
        if (token == null || token.isBlank()) {
            throw new DuplicatiException(DuplicatiProblem.NOT_DUPLICATI, "the " + what + " answer of " + base
                    + " holds no AccessToken");
        }
        accessToken = token;
        refreshNonce = DuplicatiJson.text(answer.path("RefreshNonce"));
        response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(REFRESH_COOKIE_PREFIX))
                .map(header -> header.split(";", 2)[0].strip())
                .findFirst()
                .ifPresent(cookie -> refreshCookie = cookie);
    }

    /** The refresh and logout body: {@code {"Nonce":…}} since 2.1.2; 2.1.0.x sends no nonce and wants no body. */
    private HttpRequest.BodyPublisher nonceBody() {
        return refreshNonce == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json.createObjectNode().put("Nonce", refreshNonce).toString());
    }

    private JsonNode getJson(String pathAndQuery) {
        HttpResponse<String> response = exchange(authorized(pathAndQuery));
        if (response.statusCode() == 401 && credential instanceof Password) {
            renewAccessToken();
            response = exchange(authorized(pathAndQuery));
        }
        if (response.statusCode() == 401) {
            throw new DuplicatiException(DuplicatiProblem.WRONG_PASSWORD, credential instanceof PreAuthToken
                    ? "Duplicati at " + base + " refused the pre-authenticated token"
                    : "Duplicati at " + base + " refused a token it had just issued");
        }
        if (response.statusCode() != 200) {
            throw refusal(response, pathAndQuery);
        }
        return readJson(response, pathAndQuery);
    }

    private HttpRequest.Builder authorized(String pathAndQuery) {
        String authorization = credential instanceof PreAuthToken token
                ? "PreAuth " + token.secret()
                : "Bearer " + accessToken;
        return request(pathAndQuery).GET().header("Authorization", authorization);
    }

    private HttpRequest.Builder post(String path, HttpRequest.BodyPublisher body) {
        return request(path).header("Content-Type", "application/json").POST(body);
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .header("Accept", "application/json")
                .timeout(properties.requestTimeout());
    }

    private JsonNode readJson(HttpResponse<String> response, String what) {
        try {
            return json.readTree(response.body());
        }
        catch (JacksonException e) {
            // the body is not echoed: the job list carries destination credentials
            throw new DuplicatiException(DuplicatiProblem.NOT_DUPLICATI, "the answer of " + base + " to " + what
                    + " is not JSON");
        }
    }

    /** A non-success answer, told apart by what Duplicati writes (reference sections 3.3 and 3.5). */
    private DuplicatiException refusal(HttpResponse<String> response, String what) {
        int status = response.statusCode();
        String error = duplicatiError(response.body());
        if (status == 403 && ((error != null && error.startsWith("Invalid hostname"))
                || response.body().contains("host header"))) {
            return new DuplicatiException(DuplicatiProblem.HOST_NAME_REJECTED, "Duplicati refused the host name '"
                    + base.getHost() + "': reach it by IP address, or add the name to Duplicati's allowed host"
                    + " names (--webservice-allowed-hostnames, DUPLICATI__WEBSERVICE_ALLOWED_HOSTNAMES)");
        }
        if (status / 100 == 3) {
            return new DuplicatiException(DuplicatiProblem.NOT_DUPLICATI, base + " answered " + what + ": "
                    + OutboundHttp.redirected(status));
        }
        if (error == null) {
            return new DuplicatiException(DuplicatiProblem.NOT_DUPLICATI, base + " answered HTTP " + status + " to "
                    + what + ", which is not how Duplicati's API answers");
        }
        return new DuplicatiException(DuplicatiProblem.SERVER_ERROR, "Duplicati at " + base + " answered HTTP "
                + status + " to " + what + ": " + error);
    }

    /**
     * The {@code Error} text of Duplicati's {@code {"Error":…,"Code":…}} bodies, {@code null} for other bodies; on one
     * line and cut at {@value #MAX_ERROR_CHARS} characters, as it ends up in a connection test's result.
     */
    private String duplicatiError(String body) {
        if (body == null || !body.stripLeading().startsWith("{")) {
            return null;
        }
        try {
            String error = DuplicatiJson.text(json.readTree(body).path("Error"));
            if (error == null) {
                return null;
            }
            String oneLine = error.strip().replaceAll("\\s+", " ");
            return oneLine.length() <= MAX_ERROR_CHARS ? oneLine : oneLine.substring(0, MAX_ERROR_CHARS) + "…";
        }
        catch (JacksonException e) {
            return null;
        }
    }

    /** Sends with a bound on the whole exchange, body included. */
    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        CompletableFuture<HttpResponse<String>> pending = http.sendAsync(built,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        long limit = properties.requestTimeout().toMillis();
        try {
            HttpResponse<String> response = pending.get(limit, TimeUnit.MILLISECONDS);
            log.debug("{} {} -> {}", built.method(), LogEscape.of(built.uri().getPath()), response.statusCode());
            return response;
        }
        catch (TimeoutException e) {
            pending.cancel(true);
            throw new DuplicatiException(DuplicatiProblem.TIMEOUT, base + " did not answer "
                    + built.uri().getPath() + " within " + limit + " ms", e);
        }
        catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new DuplicatiException(DuplicatiProblem.TIMEOUT, "interrupted while waiting for " + base, e);
        }
        catch (ExecutionException e) {
            throw transportFailure(e.getCause());
        }
    }

    private DuplicatiException transportFailure(Throwable failure) {
        DuplicatiException untrusted = untrustedCertificate(failure);
        if (untrusted != null) {
            return untrusted;
        }
        String target = base.getHost() + ":" + base.getPort();
        if (failure instanceof HttpConnectTimeoutException) {
            return new DuplicatiException(DuplicatiProblem.UNREACHABLE, "no answer from " + target + " within "
                    + properties.connectTimeout().toMillis() + " ms", failure);
        }
        if (failure instanceof HttpTimeoutException) {
            return new DuplicatiException(DuplicatiProblem.TIMEOUT, target + " did not answer within "
                    + properties.requestTimeout().toMillis() + " ms", failure);
        }
        SSLException tls = causeOfType(failure, SSLException.class);
        boolean droppedDuringHandshake = "https".equals(base.getScheme()) && failure instanceof IOException
                && !(failure instanceof ConnectException);
        if (tls != null || droppedDuringHandshake) {
            // a plain HTTP port answers a TLS handshake with text, or hangs up on it
            String reason = (tls == null ? failure : tls).getMessage();
            return new DuplicatiException(DuplicatiProblem.PROTOCOL_MISMATCH, "no HTTPS on " + target + " ("
                    + reason + "); if Duplicati serves plain HTTP there, use http://", failure);
        }
        if (failure instanceof ConnectException) {
            return new DuplicatiException(DuplicatiProblem.UNREACHABLE, "cannot connect to " + target
                    + " (connection refused or unknown host)", failure);
        }
        if (failure instanceof IOException) {
            return new DuplicatiException(DuplicatiProblem.UNREACHABLE, "connection to " + target + " failed: "
                    + failure.getMessage(), failure);
        }
        throw new IllegalStateException("Unexpected failure talking to " + target, failure);
    }

    private static <T extends Throwable> T causeOfType(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /** The refusal of our trust manager, if that is what ended the TLS handshake. */
    private static DuplicatiException untrustedCertificate(Throwable failure) {
        UntrustedCertificateException untrusted = causeOfType(failure, UntrustedCertificateException.class);
        return untrusted == null ? null : new DuplicatiException(DuplicatiProblem.UNTRUSTED_CERTIFICATE,
                untrusted.getMessage() + " [SHA-256 " + untrusted.fingerprint() + "]", failure);
    }
}
