package io.dupliwatch.notify.channel.telegram;

import java.net.URI;
import java.util.Map;

import io.dupliwatch.notify.ChannelKind;
import io.dupliwatch.notify.NotificationChannel;
import io.dupliwatch.notify.RenderedMessage;
import io.dupliwatch.notify.channel.ChannelHttpClient;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** Sends the title in bold and the body as text through the Bot API's {@code sendMessage}. */
@Component
class TelegramChannel implements NotificationChannel<TelegramSettings> {

    /** Telegram's limit, counted after HTML entities are parsed. */
    private static final int MAX_TEXT_CHARS = 4096;

    private final ChannelHttpClient http;

    TelegramChannel(ChannelHttpClient http) {
        this.http = http;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.TELEGRAM;
    }

    @Override
    public Class<TelegramSettings> settingsType() {
        return TelegramSettings.class;
    }

    @Override
    public void send(RenderedMessage message, TelegramSettings settings) {
        String title = message.titleAtMost(256);
        String body = message.bodyAtMost(MAX_TEXT_CHARS - title.length() - 2);
        String html = "<b>" + HtmlUtils.htmlEscape(title, "UTF-8") + "</b>\n\n" + HtmlUtils.htmlEscape(body, "UTF-8");
        String base = settings.apiUrl().replaceAll("/+$", "");
        http.postJson(URI.create(base + "/bot" + settings.botToken() + "/sendMessage"), Map.of(),
                Map.of("chat_id", settings.chatId(),
                        "text", html,
                        "parse_mode", "HTML",
                        "disable_web_page_preview", true));
    }
}
