package io.dupliwatch.notify.channel.discord;

import java.io.IOException;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;

import io.dupliwatch.notify.EventKind;
import io.dupliwatch.notify.RenderedMessage;
import io.dupliwatch.notify.channel.ChannelFixtures;

import static org.assertj.core.api.Assertions.assertThat;

class DiscordChannelTest {

    private final MockWebServer discord = new MockWebServer();
    private final DiscordChannel channel = new DiscordChannel(ChannelFixtures.httpClient());

    @BeforeEach
    void start() throws IOException {
        discord.start();
        discord.enqueue(new MockResponse.Builder().code(204).build());
    }

    @AfterEach
    void stop() {
        discord.close();
    }

    private String webhookUrl() {
        return discord.url("/api/webhooks/42/tok-en").toString();
    }

    @Test
    void postsOneRedEmbedForAnError() throws Exception {
        channel.send(ChannelFixtures.errorMessage(), new DiscordSettings(webhookUrl(), "Dupliwatch"));

        RecordedRequest request = discord.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/api/webhooks/42/tok-en");
        JSONAssert.assertEquals("""
                {"username": "Dupliwatch", "embeds": [{"title": "❌ Error - Documents @ NAS",
                 "description": "Backup Documents on NAS failed.\\nErrors: 2 <see log> & retry",
                 "color": 15680580}]}""", request.getBody().utf8(), true);
    }

    @Test
    void cutsTextToDiscordsLimits() throws Exception {
        RenderedMessage huge = new RenderedMessage(EventKind.SUCCESS, "t".repeat(300), "b".repeat(5000), java.util.Map.of());

        channel.send(huge, new DiscordSettings(webhookUrl(), null));

        String body = discord.takeRequest().getBody().utf8();
        JSONAssert.assertEquals("{\"embeds\": [{\"title\": \"" + "t".repeat(255) + "…\", \"description\": \""
                + "b".repeat(4095) + "…\", \"color\": 2278750}]}", body, true);
    }
}
