package io.dupliwatch.notify;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kinds of notification channel. Kinds with a recipient pattern accept extra recipients per job and
 * per server (an e-mail address, an ntfy topic, a Telegram chat).
 */
public enum ChannelKind {

    NTFY(ChannelKind.NTFY_TOPIC),
    EMAIL(ChannelKind.EMAIL_ADDRESS),
    WEBHOOK(null),
    APPRISE(null),
    GOTIFY(null),
    TELEGRAM(ChannelKind.TELEGRAM_CHAT),
    DISCORD(null);

    /** Deliberately simple: one @, no spaces or address-list punctuation, a dot in the domain. */
    public static final String EMAIL_ADDRESS = "[^@\\s<>(),;:\"\\[\\]]+@[^@\\s<>(),;:\"\\[\\]]+\\.[^@\\s<>(),;:\"\\[\\]]+";
    public static final String NTFY_TOPIC = "[A-Za-z0-9_-]{1,64}";
    public static final String TELEGRAM_CHAT = "-?[0-9]{1,20}|@[A-Za-z][A-Za-z0-9_]{3,63}";

    private final Pattern recipient;

    ChannelKind(String recipientPattern) {
        this.recipient = recipientPattern == null ? null : Pattern.compile(recipientPattern);
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ChannelKind> fromId(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id().equals(id)).findFirst();
    }

    public boolean takesRecipients() {
        return recipient != null;
    }

    public boolean acceptsRecipient(String candidate) {
        return recipient != null && recipient.matcher(candidate).matches();
    }
}
