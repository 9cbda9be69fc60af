package io.dupliwatch.notify.channel.webhook;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import io.dupliwatch.notify.ChannelSettings;
import io.dupliwatch.notify.HttpUrl;
import io.dupliwatch.notify.Secret;

/**
 * Any HTTP endpoint receiving a JSON document per event.
 *
 * @param url     the endpoint (write-only: webhook URLs usually embed a token)
 * @param headers extra request headers (e.g. {@code Authorization}); write-only because they usually carry a token
 */
public record WebhookSettings(@Secret @NotBlank @HttpUrl String url,
                              @Secret Map<@Pattern(regexp = "[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}") String,
                                      @Pattern(regexp = "[^\\r\\n]{0,4000}") String> headers)
        implements ChannelSettings {

    public WebhookSettings {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

}
