package io.dupliwatch.notify.channel;

import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import io.dupliwatch.config.OutboundHttp;
import io.dupliwatch.config.OutboundProperties;
import io.dupliwatch.notify.EventKind;
import io.dupliwatch.notify.NotifyProperties;
import io.dupliwatch.notify.RenderedMessage;

/** What every channel test needs: default properties with short timeouts, an HTTP client, a message. */
public final class ChannelFixtures {

    public static final NotifyProperties PROPERTIES = new NotifyProperties("en", false, Duration.ofSeconds(1), 20, 10,
            Duration.ofSeconds(30), Duration.ofHours(6), Duration.ofMinutes(5), Duration.ofSeconds(2),
            Duration.ofSeconds(5), Duration.ofMinutes(10));

    private ChannelFixtures() {
    }

    public static ChannelHttpClient httpClient() {
        return new ChannelHttpClient(PROPERTIES, JsonMapper.builder().build(),
                new OutboundHttp(new OutboundProperties(false)));
    }

    public static RenderedMessage errorMessage() {
        return new RenderedMessage(EventKind.ERROR, "❌ Error - Documents @ NAS",
                "Backup Documents on NAS failed.\nErrors: 2 <see log> & retry",
                Map.of("serverName", "NAS", "backupName", "Documents", "status", "Error", "errorsCount", 2));
    }
}
