package io.dupliwatch.notify.channel.telegram;

import java.io.IOException;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import tools.jackson.databind.json.JsonMapper;

import io.dupliwatch.notify.DeliveryException;
import io.dupliwatch.notify.EventKind;
import io.dupliwatch.notify.RenderedMessage;
import io.dupliwatch.notify.channel.ChannelFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TelegramChannelTest {

    private static final String TOKEN = "123456:ABCdefGHIjklMNOpqrSTUvwxYZ";

    private final MockWebServer telegram = new MockWebServer();
    private final TelegramChannel channel = new TelegramChannel(ChannelFixtures.httpClient());

    @BeforeEach
    void start() throws IOException {
        telegram.start();
    }

    @AfterEach
    void stop() {
        telegram.close();
    }

    private TelegramSettings settings() {
        return new TelegramSettings(TOKEN, "-1001234", telegram.url("/").toString());
    }

    @Test
    void sendsEscapedHtmlWithABoldTitleToTheChat() throws Exception {
        telegram.enqueue(new MockResponse.Builder().code(200).body("{\"ok\":true}").build());

        channel.send(ChannelFixtures.errorMessage(), settings());

        RecordedRequest request = telegram.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/bot" + TOKEN + "/sendMessage");
        JSONAssert.assertEquals("""
                {"chat_id": "-1001234", "parse_mode": "HTML", "disable_web_page_preview": true,
                 "text": "<b>❌ Error - Documents @ NAS</b>\\n\\nBackup Documents on NAS failed.\\nErrors: 2 &lt;see log&gt; &amp; retry"}""",
                request.getBody().utf8(), true);
    }

    @Test
    void htmlFromAReportCannotBecomeALinkOrFormatting() throws Exception {
        telegram.enqueue(new MockResponse.Builder().code(200).body("{\"ok\":true}").build());
        RenderedMessage hostile = new RenderedMessage(EventKind.ERROR, "<i>Docs</i>",
                "Error: <a href=\"https://evil.example/login\">click here</a> <b>now</b>", java.util.Map.of());

        channel.send(hostile, settings());

        String text = JsonMapper.builder().build().readTree(telegram.takeRequest().getBody().utf8())
                .get("text").stringValue();
        assertThat(text).isEqualTo("<b>&lt;i&gt;Docs&lt;/i&gt;</b>\n\nError: &lt;a href=&quot;https://evil.example/login&quot;&gt;"
                + "click here&lt;/a&gt; &lt;b&gt;now&lt;/b&gt;");
    }

    @Test
    void unknownChatIsAPermanentFailureThatDoesNotRevealTheToken() {
        telegram.enqueue(new MockResponse.Builder().code(400)
                .body("{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat not found\"}").build());

        assertThatThrownBy(() -> channel.send(ChannelFixtures.errorMessage(), settings().addressedTo("@nochat")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.isPermanent()).isTrue();
                    assertThat(e.getMessage()).isEqualTo("HTTP 400").doesNotContain(TOKEN);
                });
    }
}
