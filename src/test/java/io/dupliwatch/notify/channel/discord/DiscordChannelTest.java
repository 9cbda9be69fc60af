package io.dupliwatch.notify.channel.discord;

import java.io.IOException;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
                {"username": "Dupliwatch", "embeds": [{"title": "❌ Error \\\\- Documents \\\\@ NAS",
                 "description": "Backup Documents on NAS failed.\\nErrors\\\\: 2 \\\\<see log\\\\> & retry",
                 "color": 15680580}], "allowed_mentions": {"parse": []}}""", request.getBody().utf8(), true);
    }

    @Test
    void markdownFromAReportCannotBecomeALinkFormattingOrAMention() throws Exception {
        RenderedMessage hostile = new RenderedMessage(EventKind.ERROR, "**[Docs](https://evil.example)**",
                "Error: [click here](https://evil.example/login) @everyone <@123> `x` ~~y~~ ||z|| # big\n> quote",
                java.util.Map.of());

        channel.send(hostile, new DiscordSettings(webhookUrl(), null));

        JsonNode embed = JsonMapper.builder().build().readTree(discord.takeRequest().getBody().utf8())
                .get("embeds").get(0);
        assertThat(embed.get("title").stringValue())
                .isEqualTo("\\*\\*\\[Docs\\]\\(https\\://evil.example\\)\\*\\*");
        assertThat(embed.get("description").stringValue()).isEqualTo("Error\\: \\[click here\\]\\(https\\://evil.example/login\\)"
                + " \\@everyone \\<\\@123\\> \\`x\\` \\~\\~y\\~\\~ \\|\\|z\\|\\| \\# big\n\\> quote");
    }

    @Test
    void cutsTextToDiscordsLimits() throws Exception {
        RenderedMessage huge = new RenderedMessage(EventKind.SUCCESS, "t".repeat(300), "b".repeat(5000), java.util.Map.of());

        channel.send(huge, new DiscordSettings(webhookUrl(), null));

        String body = discord.takeRequest().getBody().utf8();
        JSONAssert.assertEquals("{\"embeds\": [{\"title\": \"" + "t".repeat(255) + "…\", \"description\": \""
                + "b".repeat(4095) + "…\", \"color\": 2278750}], \"allowed_mentions\": {\"parse\": []}}", body, true);
    }
}
