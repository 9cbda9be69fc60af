package io.dupliwatch.notify;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a write-only component of a {@link ChannelSettings} record (password, token, URL embedding a token):
 * stored encrypted, never returned by the API, which reports {@code <name>Set: true|false} instead.
 */
@Documented
@Target(ElementType.RECORD_COMPONENT)
@Retention(RetentionPolicy.RUNTIME)
public @interface Secret {
}
