package io.dupliwatch.security;

import java.net.http.HttpRequest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.IntegrationTest;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A wrong method on a public endpoint is a 405 naming the right ones, asked of nobody's credentials (as duplistatus). */
@IntegrationTest
class PublicEndpointMethodsIntegrationTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @CsvSource({
            "GET, /api/upload, POST",
            "PUT, /api/upload, POST",
            "POST, /api/summary, 'GET, HEAD'",
            "POST, /api/lastbackup/some-server, 'GET, HEAD'",
            "DELETE, /api/lastbackups/some-server, 'GET, HEAD'",
            "POST, /api/health, 'GET, HEAD'",
            "POST, /api/status/some-server, 'GET, HEAD'",
            "PUT, /api/status/some-server/some-job, 'GET, HEAD'",
            "POST, /api/jobs, 'GET, HEAD'",
            "POST, /metrics, 'GET, HEAD'"})
    void anonymousWrongMethodIs405WithAllow(String method, String path, String allow) {
        Http.Reply reply = new Http(port).send(HttpRequest.newBuilder()
                .uri(java.net.URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.header("Allow")).isEqualTo(allow);
        JsonNode body = reply.json();
        assertThat(body.path("status").intValue()).isEqualTo(405);
        assertThat(body.path("error").stringValue()).isEqualTo("Method '" + method + "' is not supported.");
        assertThat(body.path("instance").stringValue()).isEqualTo(path);
    }
}
