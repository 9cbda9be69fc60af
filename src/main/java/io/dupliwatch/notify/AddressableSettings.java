package io.dupliwatch.notify;

/**
 * Settings of a channel kind that can reach someone other than its configured recipient, used for the extra
 * recipients of a job or server (see {@link ChannelKind#takesRecipients()}).
 */
public interface AddressableSettings extends ChannelSettings {

    /** The same channel addressed to {@code recipient} alone; the recipient matches the kind's pattern. */
    ChannelSettings addressedTo(String recipient);
}
