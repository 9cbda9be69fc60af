package io.dupliwatch.notify.channel.telegram;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import io.dupliwatch.notify.AddressableSettings;
import io.dupliwatch.notify.ChannelKind;
import io.dupliwatch.notify.HttpUrl;
import io.dupliwatch.notify.Secret;

/**
 * A Telegram bot and the chat it writes to.
 *
 * @param chatId numeric chat id (negative for groups) or {@code @channelname}
 * @param apiUrl Bot API server, default {@code https://api.telegram.org}
 */
public record TelegramSettings(@Secret @NotBlank @Pattern(regexp = BOT_TOKEN) String botToken,
                               @NotBlank @Pattern(regexp = ChannelKind.TELEGRAM_CHAT) String chatId,
                               @NotBlank @HttpUrl String apiUrl) implements AddressableSettings {

    /** What BotFather hands out: {@code <bot id>:<secret>}. */
    static final String BOT_TOKEN = "[0-9]{1,20}:[A-Za-z0-9_-]{20,100}";

    public TelegramSettings {
        apiUrl = apiUrl == null ? "https://api.telegram.org" : apiUrl;
    }

    @Override
    public TelegramSettings addressedTo(String recipient) {
        return new TelegramSettings(botToken, recipient, apiUrl);
    }
}
