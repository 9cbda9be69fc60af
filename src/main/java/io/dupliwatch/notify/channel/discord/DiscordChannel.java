package io.dupliwatch.notify.channel.discord;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.dupliwatch.notify.ChannelKind;
import io.dupliwatch.notify.NotificationChannel;
import io.dupliwatch.notify.RenderedMessage;
import io.dupliwatch.notify.channel.ChannelHttpClient;

import org.springframework.stereotype.Component;

/** Posts one embed, coloured by severity, to a Discord webhook. */
@Component
class DiscordChannel implements NotificationChannel<DiscordSettings> {

    private static final int MAX_TITLE_CHARS = 256;
    private static final int MAX_DESCRIPTION_CHARS = 4096;

    private final ChannelHttpClient http;

    DiscordChannel(ChannelHttpClient http) {
        this.http = http;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.DISCORD;
    }

    @Override
    public Class<DiscordSettings> settingsType() {
        return DiscordSettings.class;
    }

    @Override
    public void send(RenderedMessage message, DiscordSettings settings) {
        Map<String, Object> embed = Map.of(
                "title", message.titleAtMost(MAX_TITLE_CHARS),
                "description", message.bodyAtMost(MAX_DESCRIPTION_CHARS),
                "color", switch (message.event().severity()) {
                    case INFO -> 0x3B82F6;
                    case GOOD -> 0x22C55E;
                    case WARNING -> 0xF59E0B;
                    case FAILURE -> 0xEF4444;
                });
        Map<String, Object> body = new LinkedHashMap<>();
        if (settings.username() != null && !settings.username().isBlank()) {
            body.put("username", settings.username());
        }
        body.put("embeds", List.of(embed));
        http.postJson(URI.create(settings.webhookUrl()), Map.of(), body);
    }
}
