package io.dupliwatch.notify;

/**
 * One way of delivering a notification. Implementations only send: no database, no retries (the outbox worker
 * retries), no template rendering. One class per kind in {@code notify.channel.<kind>}.
 *
 * @param <S> the kind's settings record
 */
public interface NotificationChannel<S extends ChannelSettings> {

    ChannelKind kind();

    Class<S> settingsType();

    /** Delivers the message or throws {@link DeliveryException}. */
    void send(RenderedMessage message, S settings);
}
