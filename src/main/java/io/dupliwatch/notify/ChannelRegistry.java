package io.dupliwatch.notify;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** Every {@link NotificationChannel} bean, by kind. */
@Component
class ChannelRegistry {

    private final Map<ChannelKind, NotificationChannel<?>> channels = new EnumMap<>(ChannelKind.class);

    ChannelRegistry(List<NotificationChannel<?>> channels) {
        for (NotificationChannel<?> channel : channels) {
            if (this.channels.put(channel.kind(), channel) != null) {
                throw new IllegalStateException("Two channels of kind " + channel.kind());
            }
        }
        for (ChannelKind kind : ChannelKind.values()) {
            if (!this.channels.containsKey(kind)) {
                throw new IllegalStateException("No channel of kind " + kind);
            }
        }
    }

    Class<? extends ChannelSettings> settingsType(ChannelKind kind) {
        return channels.get(kind).settingsType();
    }

    /** @throws DeliveryException when the channel cannot deliver */
    void send(ChannelKind kind, RenderedMessage message, ChannelSettings settings) {
        send(channels.get(kind), message, settings);
    }

    private static <S extends ChannelSettings> void send(NotificationChannel<S> channel, RenderedMessage message,
                                                         ChannelSettings settings) {
        channel.send(message, channel.settingsType().cast(settings));
    }
}
