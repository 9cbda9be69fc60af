package io.dupliwatch.notify.channel.ntfy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import io.dupliwatch.notify.ChannelKind;
import io.dupliwatch.notify.NotificationChannel;
import io.dupliwatch.notify.RenderedMessage;
import io.dupliwatch.notify.channel.ChannelHttpClient;

import org.springframework.stereotype.Component;

/** Publishes to an ntfy topic as JSON (which keeps titles and tags in Unicode). */
@Component
class NtfyChannel implements NotificationChannel<NtfySettings> {

    /** ntfy turns longer messages into attachments. */
    private static final int MAX_MESSAGE_CHARS = 4000;

    private final ChannelHttpClient http;

    NtfyChannel(ChannelHttpClient http) {
        this.http = http;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.NTFY;
    }

    @Override
    public Class<NtfySettings> settingsType() {
        return NtfySettings.class;
    }

    @Override
    public void send(RenderedMessage message, NtfySettings settings) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("topic", settings.topic());
        body.put("title", message.title());
        body.put("message", message.bodyAtMost(MAX_MESSAGE_CHARS));
        body.put("priority", settings.priority());
        if (!settings.tags().isEmpty()) {
            body.put("tags", settings.tags());
        }
        String base = settings.serverUrl();
        http.postJson(URI.create(base.endsWith("/") ? base : base + "/"), authorization(settings), body);
    }

    private static Map<String, String> authorization(NtfySettings settings) {
        if (settings.token() != null && !settings.token().isBlank()) {
            return Map.of("Authorization", "Bearer " + settings.token());
        }
        if (settings.username() != null && !settings.username().isBlank()) {
            String pair = settings.username() + ":" + (settings.password() == null ? "" : settings.password());
            return Map.of("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        return Map.of();
    }
}
