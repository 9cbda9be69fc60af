package io.dupliwatch.notify.channel.apprise;

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

class AppriseChannelTest {

    private final MockWebServer apprise = new MockWebServer();
    private final AppriseChannel channel = new AppriseChannel(ChannelFixtures.httpClient());

    @BeforeEach
    void start() throws IOException {
        apprise.start();
        apprise.enqueue(new MockResponse.Builder().code(200).build());
    }

    @AfterEach
    void stop() {
        apprise.close();
    }

    @Test
    void notifiesTheStoredConfigurationWithTypeFromTheSeverityAndTheTag() throws Exception {
        channel.send(ChannelFixtures.errorMessage(),
                new AppriseSettings(apprise.url("/notify/dupliwatch").toString(), "backups"));

        RecordedRequest request = apprise.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/notify/dupliwatch");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        JSONAssert.assertEquals("""
                {"title": "❌ Error - Documents @ NAS",
                 "body": "Backup Documents on NAS failed.\\nErrors: 2 <see log> & retry",
                 "type": "failure", "tag": "backups"}""", request.getBody().utf8(), true);
    }
}
