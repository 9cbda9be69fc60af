package io.dupliwatch.testsupport;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The application's message bundles as the server reads them, for tests without a Spring context. */
public final class MessageBundles {

    private MessageBundles() {
    }

    public static MessageSource load() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
