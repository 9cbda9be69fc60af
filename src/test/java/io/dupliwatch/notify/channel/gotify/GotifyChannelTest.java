package io.dupliwatch.notify.channel.gotify;

import java.io.IOException;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;

import io.dupliwatch.notify.channel.ChannelFixtures;

import static org.assertj.core.api.Assertions.assertThat;

class GotifyChannelTest {

    private final MockWebServer gotify = new MockWebServer();
    private final GotifyChannel channel = new GotifyChannel(ChannelFixtures.httpClient());

    @BeforeEach
    void start() throws IOException {
        gotify.start();
        gotify.enqueue(new MockResponse.Builder().code(200).body("{\"id\":1}").build());
    }

    @AfterEach
    void stop() {
        gotify.close();
    }

    @Test
    void createsAMessageWithTheApplicationToken() throws Exception {
        channel.send(ChannelFixtures.errorMessage(),
                new GotifySettings(gotify.url("/gotify/").toString(), "AppToken.x", 8));

        RecordedRequest request = gotify.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/gotify/message");
        assertThat(request.getHeaders().get("X-Gotify-Key")).isEqualTo("AppToken.x");
        JSONAssert.assertEquals("""
                {"title": "❌ Error - Documents @ NAS",
                 "message": "Backup Documents on NAS failed.\\nErrors: 2 <see log> & retry",
                 "priority": 8}""", request.getBody().utf8(), true);
    }
}
