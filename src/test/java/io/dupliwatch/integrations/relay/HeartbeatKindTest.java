package io.dupliwatch.integrations.relay;

import java.net.URI;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

class HeartbeatKindTest {

    @Test
    void healthchecksSuccessPostsTheMessageToThePingUrl() {
        HeartbeatKind.Ping ping = HeartbeatKind.HEALTHCHECKS.ping(URI.create("https://hc-ping.com/5bf3-aa/"), true, "all good");

        assertThat(ping.method()).isEqualTo(HttpMethod.POST);
        assertThat(ping.uri()).hasToString("https://hc-ping.com/5bf3-aa");
        assertThat(ping.body()).isEqualTo("all good");
    }

    @Test
    void healthchecksFailureGoesToFailKeepingSlugAndQuery() {
        HeartbeatKind.Ping ping = HeartbeatKind.HEALTHCHECKS.ping(
                URI.create("https://hc.example.org/ping/key/nas-docs?create=1"), false, "broken");

        assertThat(ping.uri()).hasToString("https://hc.example.org/ping/key/nas-docs/fail?create=1");
    }

    @Test
    void uptimeKumaGetsStatusAndEncodedMessageInsteadOfTheCopiedParameters() {
        URI copied = URI.create("http://kuma:3001/api/push/Ab12?status=up&msg=OK&ping=");

        HeartbeatKind.Ping down = HeartbeatKind.UPTIME_KUMA.ping(copied, false, "nas01 / Docs: Error & more é");

        assertThat(down.method()).isEqualTo(HttpMethod.GET);
        assertThat(down.body()).isNull();
        assertThat(down.uri()).hasToString("http://kuma:3001/api/push/Ab12?status=down&msg=nas01%20%2F%20Docs%3A%20Error%20%26%20more%20%C3%A9");
        assertThat(HeartbeatKind.UPTIME_KUMA.ping(URI.create("http://kuma/api/push/Ab12"), true, "ok").uri())
                .hasToString("http://kuma/api/push/Ab12?status=up&msg=ok");
    }

    @Test
    void theKindIsGuessedFromThePath() {
        assertThat(HeartbeatKind.guess(URI.create("http://kuma:3001/api/push/Ab12?status=up"))).isEqualTo(HeartbeatKind.UPTIME_KUMA);
        assertThat(HeartbeatKind.guess(URI.create("https://hc-ping.com/5bf3"))).isEqualTo(HeartbeatKind.HEALTHCHECKS);
    }
}
