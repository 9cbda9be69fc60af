package io.dupliwatch.notify.channel.ntfy;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import io.dupliwatch.notify.AddressableSettings;
import io.dupliwatch.notify.ChannelKind;
import io.dupliwatch.notify.HttpUrl;
import io.dupliwatch.notify.Secret;

/**
 * An ntfy topic. Authentication by access token, or else by username and password, or none.
 *
 * @param serverUrl ntfy server, default {@code https://ntfy.sh}
 * @param topic     write-only: on ntfy.sh and on any server without access control the topic name is the only
 *                  thing keeping strangers from reading (and posting to) it, and which servers enforce access
 *                  control cannot be told from here
 * @param priority  1 (min) to 5 (max), default 3
 * @param tags      ntfy tags (emoji short codes show as icons)
 */
public record NtfySettings(@NotBlank @HttpUrl String serverUrl,
                           @Secret @NotBlank @Pattern(regexp = ChannelKind.NTFY_TOPIC) String topic,
                           @Secret String token,
                           String username,
                           @Secret String password,
                           @Min(1) @Max(5) Integer priority,
                           List<@NotBlank @Pattern(regexp = "[^,]{1,64}") String> tags) implements AddressableSettings {

    public NtfySettings {
        serverUrl = serverUrl == null ? "https://ntfy.sh" : serverUrl;
        priority = priority == null ? 3 : priority;
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    @Override
    public NtfySettings addressedTo(String recipient) {
        return new NtfySettings(serverUrl, recipient, token, username, password, priority, tags);
    }
}
