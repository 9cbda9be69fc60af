package io.dupliwatch.notify.channel;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.dupliwatch.notify.DeliveryException;
import io.dupliwatch.testsupport.Ports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChannelHttpClientTest {

    private final MockWebServer server = new MockWebServer();
    private final ChannelHttpClient client = ChannelFixtures.httpClient();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(ints = { 400, 401, 403, 404, 410 })
    void clientErrorsArePermanentAndTheAnswerIsNotEchoed(int status) {
        server.enqueue(new MockResponse.Builder().code(status).body("{\"error\":\"nope\"}").build());

        assertThatThrownBy(() -> client.postJson(server.url("/x").uri(), Map.of(), Map.of()))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.isPermanent()).isTrue())
                .hasMessage("HTTP " + status);
    }

    @ParameterizedTest
    @ValueSource(ints = { 301, 302, 303, 307, 308 })
    void aRedirectIsNotFollowedSoTheCredentialsStayWithTheConfiguredServer(int status) throws IOException {
        try (MockWebServer elsewhere = new MockWebServer()) {
            elsewhere.start();
            server.enqueue(new MockResponse.Builder().code(status)
                    .setHeader("Location", elsewhere.url("/collect").toString()).build());

            assertThatThrownBy(() -> client.postJson(server.url("/hook").uri(),
                    Map.of("Authorization", "Bearer tk_SECRET", "X-Gotify-Key", "GOTIFY_SECRET"), Map.of("a", 1)))
                    .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.isPermanent()).isTrue())
                    .hasMessage("redirected to another address (" + status + "); update the URL");

            assertThat(server.getRequestCount()).isEqualTo(1);
            assertThat(elsewhere.getRequestCount()).isZero();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "169.254.169.254", "[fe80::1]", "[fd00:ec2::254]", "[::ffff:169.254.169.254]" })
    void aLinkLocalOrMetadataDestinationIsRefusedPermanently(String host) {
        URI uri = URI.create("http://" + host + "/latest/meta-data/iam/security-credentials/");

        assertThatThrownBy(() -> client.postJson(uri, Map.of("Authorization", "Bearer tk_SECRET"), Map.of()))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.isPermanent()).isTrue())
                .hasMessageContaining("a link-local or cloud-metadata address")
                .hasMessageContaining("dupliwatch.outbound.allow-link-local=true")
                .hasMessageNotContaining("SECRET");
    }

    @ParameterizedTest
    @ValueSource(ints = { 408, 429, 500, 502, 503 })
    void serverErrorsTimeoutsAndRateLimitsAreRetried(int status) {
        server.enqueue(new MockResponse.Builder().code(status).build());

        assertThatThrownBy(() -> client.postJson(server.url("/x").uri(), Map.of(), Map.of()))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.isPermanent()).isFalse())
                .hasMessage("HTTP " + status);
    }

    @Test
    void unreachableServerIsRetriedAndTheUrlWithItsTokenIsNotReported() {
        int closedPort = Ports.unused();
        URI uri = URI.create("http://127.0.0.1:" + closedPort + "/bot123:SECRET/sendMessage");

        assertThatThrownBy(() -> client.postJson(uri, Map.of(), Map.of()))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.isPermanent()).isFalse())
                .hasMessageStartingWith("Cannot reach the server")
                .hasMessageNotContaining("SECRET");
    }
}
