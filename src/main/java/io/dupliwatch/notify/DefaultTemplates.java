package io.dupliwatch.notify;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The built-in templates of every language, from the message bundles: keys
 * {@code notification.template.<event id>.title} and {@code .body}.
 */
@Component
class DefaultTemplates {

    private final MessageSource messages;

    DefaultTemplates(MessageSource messages) {
        this.messages = messages;
    }

    /** @param language a language tag ({@code en}, {@code pt-BR}…); also {@link EventKind#TEST}, the channel test */
    NotificationTemplate of(EventKind event, String language) {
        Locale locale = Locale.forLanguageTag(language);
        return new NotificationTemplate(text(event, "title", locale), text(event, "body", locale));
    }

    /** Without arguments the bundle text comes back verbatim: no MessageFormat to eat apostrophes or braces. */
    private String text(EventKind event, String part, Locale locale) {
        return messages.getMessage("notification.template." + event.id() + "." + part, null, locale);
    }
}
