package io.dupliwatch.notify.channel.gotify;

import java.net.URI;
import java.util.Map;

import io.dupliwatch.notify.ChannelKind;
import io.dupliwatch.notify.NotificationChannel;
import io.dupliwatch.notify.RenderedMessage;
import io.dupliwatch.notify.channel.ChannelHttpClient;

import org.springframework.stereotype.Component;

/** Creates a Gotify message ({@code POST /message}) authenticated by the application token header. */
@Component
class GotifyChannel implements NotificationChannel<GotifySettings> {

    private final ChannelHttpClient http;

    GotifyChannel(ChannelHttpClient http) {
        this.http = http;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.GOTIFY;
    }

    @Override
    public Class<GotifySettings> settingsType() {
        return GotifySettings.class;
    }

    @Override
    public void send(RenderedMessage message, GotifySettings settings) {
        String base = settings.serverUrl().replaceAll("/+$", "");
        http.postJson(URI.create(base + "/message"), Map.of("X-Gotify-Key", settings.token()),
                Map.of("title", message.title(), "message", message.body(), "priority", settings.priority()));
    }
}
