package io.dupliwatch.notify.channel.webhook;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import io.dupliwatch.notify.ChannelKind;
import io.dupliwatch.notify.NotificationChannel;
import io.dupliwatch.notify.RenderedMessage;
import io.dupliwatch.notify.channel.ChannelHttpClient;

import org.springframework.stereotype.Component;

/**
 * POSTs {@code {"event": "error", "title": ..., "body": ..., "data": {...}}}: the rendered text for humans
 * and the event's raw facts (ids, names, status, counts, sizes in bytes, ISO instants) for programs.
 */
@Component
class WebhookChannel implements NotificationChannel<WebhookSettings> {

    private final ChannelHttpClient http;

    WebhookChannel(ChannelHttpClient http) {
        this.http = http;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.WEBHOOK;
    }

    @Override
    public Class<WebhookSettings> settingsType() {
        return WebhookSettings.class;
    }

    @Override
    public void send(RenderedMessage message, WebhookSettings settings) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", message.event().id());
        body.put("title", message.title());
        body.put("body", message.body());
        body.put("data", message.data());
        http.postJson(URI.create(settings.url()), settings.headers(), body);
    }
}
