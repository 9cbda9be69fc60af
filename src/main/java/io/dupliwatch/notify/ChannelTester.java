package io.dupliwatch.notify;

import java.time.Clock;
import java.time.Instant;

import io.dupliwatch.notify.DeliveryLog.Delivery;
import io.dupliwatch.notify.DeliveryLog.Outcome;
import io.dupliwatch.notify.Dispatcher.Attempt;
import io.dupliwatch.notify.NotificationChannels.StoredChannel;

import org.springframework.stereotype.Service;

/** Sends a test message through a channel right away (enabled or not) and logs the attempt. */
@Service
class ChannelTester {

    private final NotificationChannels channels;
    private final MessageRenderer renderer;
    private final Dispatcher dispatcher;
    private final DeliveryLog deliveries;
    private final Clock clock;

    ChannelTester(NotificationChannels channels, MessageRenderer renderer, Dispatcher dispatcher,
                  DeliveryLog deliveries, Clock clock) {
        this.channels = channels;
        this.renderer = renderer;
        this.dispatcher = dispatcher;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /**
     * @param recipient an extra recipient to test instead of the channel's own, or {@code null}
     */
    Attempt test(long channelId, String recipient) {
        StoredChannel channel = channels.get(channelId);
        if (recipient != null && !channel.kind().acceptsRecipient(recipient)) {
            throw new InvalidFieldException("recipient", channel.kind().takesRecipients()
                    ? "not a valid " + channel.kind().id() + " recipient"
                    : channel.kind().id() + " channels take no extra recipients");
        }
        RenderedMessage message = renderer.test(channel.name(), channel.language());
        Instant attemptedAt = clock.instant();
        Attempt attempt = dispatcher.send(channel, recipient, message);
        deliveries.record(new Delivery(null, attemptedAt, channel.id(), channel.name(), channel.kind(), recipient,
                EventKind.TEST, null, null, null, null, message.title(), 1,
                attempt.delivered() ? Outcome.DELIVERED : Outcome.FAILED, attempt.error(), null,
                attempt.took().toMillis()));
        return attempt;
    }
}
