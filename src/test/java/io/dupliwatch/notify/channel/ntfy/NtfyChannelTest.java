package io.dupliwatch.notify.channel.ntfy;

import java.io.IOException;
import java.util.List;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;

import io.dupliwatch.notify.channel.ChannelFixtures;

import static org.assertj.core.api.Assertions.assertThat;

class NtfyChannelTest {

    private final MockWebServer ntfy = new MockWebServer();
    private final NtfyChannel channel = new NtfyChannel(ChannelFixtures.httpClient());

    @BeforeEach
    void start() throws IOException {
        ntfy.start();
        ntfy.enqueue(new MockResponse.Builder().code(200).body("{\"id\":\"abc\"}").build());
    }

    @AfterEach
    void stop() {
        ntfy.close();
    }

    private String serverUrl() {
        return ntfy.url("/").toString();
    }

    @Test
    void publishesTitleMessagePriorityAndTagsAsJsonWithTheAccessToken() throws Exception {
        channel.send(ChannelFixtures.errorMessage(),
                new NtfySettings(serverUrl(), "backups", "tk_secret", null, null, 4, List.of("floppy_disk", "nas")));

        RecordedRequest request = ntfy.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer tk_secret");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        JSONAssert.assertEquals("""
                {"topic": "backups", "title": "❌ Error - Documents @ NAS",
                 "message": "Backup Documents on NAS failed.\\nErrors: 2 <see log> & retry",
                 "priority": 4, "tags": ["floppy_disk", "nas"]}""", request.getBody().utf8(), true);
    }

    @Test
    void usesBasicAuthenticationWhenThereIsNoToken() throws Exception {
        channel.send(ChannelFixtures.errorMessage(),
                new NtfySettings(serverUrl(), "backups", null, "phil", "pä ss", null, null));

        RecordedRequest request = ntfy.takeRequest();
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Basic cGhpbDpww6Qgc3M=");
        JSONAssert.assertEquals("{\"priority\": 3}", request.getBody().utf8(), false);
    }

    @Test
    void sendsNoCredentialsToAnOpenServerBehindAPathPrefix() throws Exception {
        channel.send(ChannelFixtures.errorMessage(),
                new NtfySettings(ntfy.url("/ntfy").toString(), "backups", null, null, null, null, null));

        RecordedRequest request = ntfy.takeRequest();
        assertThat(request.getTarget()).isEqualTo("/ntfy/");
        assertThat(request.getHeaders().get("Authorization")).isNull();
    }

    @Test
    void extraRecipientIsAnotherTopicOnTheSameServer() throws Exception {
        NtfySettings settings = new NtfySettings(serverUrl(), "backups", "tk_secret", null, null, null, null);

        channel.send(ChannelFixtures.errorMessage(), settings.addressedTo("ops-team"));

        RecordedRequest request = ntfy.takeRequest();
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer tk_secret");
        JSONAssert.assertEquals("{\"topic\": \"ops-team\"}", request.getBody().utf8(), false);
    }
}
