package io.dupliwatch.notify.channel.discord;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.dupliwatch.notify.ChannelSettings;
import io.dupliwatch.notify.HttpUrl;
import io.dupliwatch.notify.Secret;

/**
 * A Discord channel webhook.
 *
 * @param webhookUrl the webhook's URL (write-only: it embeds the webhook token)
 * @param username   name shown as the sender (optional, overrides the webhook's)
 */
public record DiscordSettings(@Secret @NotBlank @HttpUrl String webhookUrl,
                              @Size(max = 80) String username) implements ChannelSettings {

}
