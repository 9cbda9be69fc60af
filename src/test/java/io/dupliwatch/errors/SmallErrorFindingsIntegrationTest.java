package io.dupliwatch.errors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.dupliwatch.testsupport.DatabaseCleaner;
import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.IntegrationTest;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The small error findings of the review: /error itself, parser jargon, Host-built redirects, a chatty health check. */
@IntegrationTest
class SmallErrorFindingsIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Http anonymous;

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
        anonymous = new Http(port);
    }

    @Test
    void errorAskedForDirectlyIsA404NotA500() {
        Http.Reply json = anonymous.withHeader("Accept", "application/json").get("/error");
        Http.Reply page = anonymous.withHeader("Accept", "text/html").get("/error");

        assertThat(json.status()).isEqualTo(404);
        assertThat(json.json().path("error").stringValue()).isEqualTo("Unknown path: nothing is served at /error");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("error-page");
    }

    @Test
    void aValueOfTheWrongTypeNamesTheFieldAndWhatWasExpectedWithoutParserJargon() {
        Http.Reply reply = anonymous.asAdmin().putJson("/api/monitoring/jobs", "[{\"jobId\": \"twelve\"}]");

        assertThat(reply.status()).isEqualTo(400);
        JsonNode body = reply.json();
        assertThat(body.path("field").stringValue()).isEqualTo("[0].jobId");
        assertThat(body.path("error").stringValue()).isEqualTo("[0].jobId: value of the wrong type or format, "
                + "expected a whole number");
        assertThat(reply.body()).doesNotContain("java.").doesNotContain("JSON parse error").doesNotContain("deserialize");
    }

    @Test
    void aPathParameterOfTheWrongTypeNamesIt() {
        Http.Reply reply = anonymous.asAdmin().get("/api/monitoring/jobs/twelve");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("field").stringValue()).isEqualTo("jobId");
        assertThat(reply.json().path("error").stringValue()).isEqualTo("jobId: expected a whole number");
        assertThat(reply.body()).doesNotContain("java.");
    }

    @Test
    void invalidJsonSaysWhereWithoutParserJargon() {
        Http.Reply reply = anonymous.asAdmin().putJson("/api/monitoring/jobs", "[{\"jobId\": ");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("error").stringValue()).isEqualTo("Malformed JSON body");
        assertThat(reply.body()).doesNotContain("java.").doesNotContain("JSON parse error");
    }

    @Test
    void redirectsNeverCarryTheHostTheClientSent() {
        String toLogin = raw("GET /settings/users HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");

        assertThat(toLogin).startsWith("HTTP/1.1 302");
        assertThat(location(toLogin)).isEqualTo("/login");

        Http browser = anonymous.browser();
        browser.readCsrfToken("/login");
        String form = "username=nobody&password=wrong&_csrf=" + browser.csrfToken();
        String failed = raw("POST /login HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n"
                + "Cookie: DUPLIWATCH_SESSION=" + browser.cookie("DUPLIWATCH_SESSION") + "\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length() + "\r\n\r\n" + form);

        assertThat(failed).startsWith("HTTP/1.1 302");
        assertThat(location(failed)).startsWith("/login?");
    }

    @Test
    void anonymousHealthSaysHealthyWithoutNamingTablesOrTheDatabase() {
        Http.Reply reply = anonymous.get("/api/health");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("status").stringValue()).isEqualTo("healthy");
        assertThat(reply.json().has("tables")).isFalse();
        assertThat(reply.body()).doesNotContain("\"runs\"").doesNotContain("SQLite").doesNotContain("PostgreSQL")
                .doesNotContain("flyway");
    }

    private String raw(String request) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String location(String response) {
        return response.lines().filter(line -> line.regionMatches(true, 0, "Location:", 0, 9))
                .map(line -> line.substring(9).trim()).findFirst().orElse(null);
    }
}
