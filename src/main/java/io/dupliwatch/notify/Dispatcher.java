package io.dupliwatch.notify;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.dupliwatch.config.LogEscape;
import io.dupliwatch.notify.NotificationChannels.StoredChannel;

import org.springframework.stereotype.Component;

/** Sends one rendered message through one channel, enabled or not, and reports how it went; never throws. */
@Component
class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final ChannelRegistry registry;

    Dispatcher(ChannelRegistry registry) {
        this.registry = registry;
    }

    /** The result of one attempt; {@code error} is null when delivered. */
    record Attempt(String error, boolean permanent, Duration took) {

        static Attempt refused(String reason) {
            return new Attempt(reason, true, Duration.ZERO);
        }

        boolean delivered() {
            return error == null;
        }
    }

    /**
     * @param recipient an extra recipient replacing the channel's own, or {@code null}
     */
    Attempt send(StoredChannel channel, String recipient, RenderedMessage message) {
        if (!channel.secretsReadable()) {
            return Attempt.refused("The channel's stored secrets cannot be decrypted (was secret.key replaced?):"
                    + " enter them again");
        }
        long start = System.nanoTime();
        try {
            registry.send(channel.kind(), message, addressed(channel, recipient));
            return new Attempt(null, false, Duration.ofNanos(System.nanoTime() - start));
        }
        catch (DeliveryException e) {
            return new Attempt(e.getMessage(), e.isPermanent(), Duration.ofNanos(System.nanoTime() - start));
        }
        catch (RuntimeException e) {
            log.warn("Channel '{}' ({}) failed unexpectedly", LogEscape.of(channel.name()), channel.kind().id(), e);
            return new Attempt("Unexpected error: " + e.getClass().getSimpleName(), false,
                    Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private static ChannelSettings addressed(StoredChannel channel, String recipient) {
        if (recipient == null) {
            return channel.settings();
        }
        if (!(channel.settings() instanceof AddressableSettings addressable)) {
            throw new DeliveryException(channel.kind().id() + " channels take no extra recipients", true);
        }
        return addressable.addressedTo(recipient);
    }
}
