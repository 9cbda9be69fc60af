package io.dupliwatch.notify.channel.email;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;

import io.dupliwatch.notify.AddressableSettings;
import io.dupliwatch.notify.ChannelKind;
import io.dupliwatch.notify.Secret;

/**
 * An SMTP server and the mail's sender and recipients. Authentication is used when a username is set.
 *
 * @param port               default 25 (plain), 587 (STARTTLS) or 465 (TLS)
 * @param security           {@code plain}, {@code starttls} (required, not opportunistic) or {@code tls}; default
 *                           {@code starttls}
 * @param verifyCertificate  check the server certificate and host name; default {@code true}. Turning it off
 *                           accepts any certificate (self-signed servers) and loses protection against
 *                           interception.
 */
public record EmailSettings(@NotBlank @Pattern(regexp = "[A-Za-z0-9.:\\[\\]-]+") String host,
                            @Min(1) @Max(65535) Integer port,
                            Security security,
                            String username,
                            @Secret String password,
                            Boolean verifyCertificate,
                            @NotBlank @Pattern(regexp = ChannelKind.EMAIL_ADDRESS) String from,
                            @Pattern(regexp = "[^\\r\\n]{0,100}") String fromName,
                            @NotEmpty List<@NotBlank @Pattern(regexp = ChannelKind.EMAIL_ADDRESS) String> to)
        implements AddressableSettings {

    public enum Security {
        @JsonProperty("plain") PLAIN(25),
        @JsonProperty("starttls") STARTTLS(587),
        @JsonProperty("tls") TLS(465);

        private final int defaultPort;

        Security(int defaultPort) {
            this.defaultPort = defaultPort;
        }
    }

    public EmailSettings {
        security = security == null ? Security.STARTTLS : security;
        port = port == null ? security.defaultPort : port;
        verifyCertificate = verifyCertificate == null || verifyCertificate;
        to = to == null ? List.of() : List.copyOf(to);
    }

    @Override
    public EmailSettings addressedTo(String recipient) {
        return new EmailSettings(host, port, security, username, password, verifyCertificate, from, fromName,
                List.of(recipient));
    }

    boolean authenticates() {
        return username != null && !username.isBlank();
    }
}
