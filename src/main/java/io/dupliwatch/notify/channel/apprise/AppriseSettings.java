package io.dupliwatch.notify.channel.apprise;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import io.dupliwatch.notify.ChannelSettings;
import io.dupliwatch.notify.HttpUrl;
import io.dupliwatch.notify.Secret;

/**
 * An Apprise API server with a stored configuration, reaching every service that configuration lists.
 *
 * @param url notify URL of the configuration, e.g. {@code http://apprise:8000/notify/dupliwatch} (write-only: its
 *            key is what lets anyone notify through that configuration)
 * @param tag only notify the configuration's URLs carrying this tag (optional)
 */
public record AppriseSettings(@Secret @NotBlank @HttpUrl String url,
                              @Pattern(regexp = "[A-Za-z0-9_ ,&-]{1,100}") String tag) implements ChannelSettings {
}
