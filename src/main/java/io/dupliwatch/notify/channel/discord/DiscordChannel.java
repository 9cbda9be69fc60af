package io.dupliwatch.notify.channel.discord;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.dupliwatch.notify.ChannelKind;
import io.dupliwatch.notify.NotificationChannel;
import io.dupliwatch.notify.RenderedMessage;
import io.dupliwatch.notify.channel.ChannelHttpClient;

import org.springframework.stereotype.Component;

/**
 * Posts one embed, coloured by severity, to a Discord webhook. Discord renders Markdown in embeds, and the text
 * carries values from reports (server and job names, messages, errors), so every Markdown character is escaped:
 * a report cannot slip in a masked link, formatting or a mention.
 */
@Component
class DiscordChannel implements NotificationChannel<DiscordSettings> {

    private static final int MAX_TITLE_CHARS = 256;
    private static final int MAX_DESCRIPTION_CHARS = 4096;
    /** Discord drops a backslash before any punctuation; these are the ones its Markdown gives a meaning. */
    private static final Pattern MARKDOWN = Pattern.compile("[\\\\*_~`|>\\[\\]()#<@:-]");

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
        RenderedMessage escaped = new RenderedMessage(message.event(), escapeMarkdown(message.title()),
                escapeMarkdown(message.body()), message.data());
        Map<String, Object> embed = Map.of(
                "title", escaped.titleAtMost(MAX_TITLE_CHARS),
                "description", escaped.bodyAtMost(MAX_DESCRIPTION_CHARS),
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
        body.put("allowed_mentions", Map.of("parse", List.of()));
        http.postJson(URI.create(settings.webhookUrl()), Map.of(), body);
    }

    static String escapeMarkdown(String text) {
        return MARKDOWN.matcher(text).replaceAll("\\\\$0");
    }
}
