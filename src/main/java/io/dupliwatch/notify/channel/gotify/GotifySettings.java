package io.dupliwatch.notify.channel.gotify;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import io.dupliwatch.notify.ChannelSettings;
import io.dupliwatch.notify.HttpUrl;
import io.dupliwatch.notify.Secret;

/**
 * A Gotify server and an application token.
 *
 * @param priority 0 to 10, default 5
 */
public record GotifySettings(@NotBlank @HttpUrl String serverUrl,
                             @Secret @NotBlank String token,
                             @Min(0) @Max(10) Integer priority) implements ChannelSettings {

    public GotifySettings {
        priority = priority == null ? 5 : priority;
    }

}
