package io.dupliwatch.notify.channel.webhook;

import java.io.IOException;
import java.util.Map;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;

import io.dupliwatch.notify.channel.ChannelFixtures;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookChannelTest {

    private final MockWebServer receiver = new MockWebServer();
    private final WebhookChannel channel = new WebhookChannel(ChannelFixtures.httpClient());

    @BeforeEach
    void start() throws IOException {
        receiver.start();
        receiver.enqueue(new MockResponse.Builder().code(204).build());
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void postsTheEventAsJsonWithTheCustomHeaders() throws Exception {
        channel.send(ChannelFixtures.errorMessage(), new WebhookSettings(receiver.url("/hooks/backup?src=dw").toString(),
                Map.of("Authorization", "Bearer hook-secret", "X-Env", "prod")));

        RecordedRequest request = receiver.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/hooks/backup?src=dw");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer hook-secret");
        assertThat(request.getHeaders().get("X-Env")).isEqualTo("prod");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        JSONAssert.assertEquals("""
                {"event": "error", "title": "❌ Error - Documents @ NAS",
                 "body": "Backup Documents on NAS failed.\\nErrors: 2 <see log> & retry",
                 "data": {"serverName": "NAS", "backupName": "Documents", "status": "Error", "errorsCount": 2}}""",
                request.getBody().utf8(), true);
    }
}
