package io.dupliwatch.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which reverse proxies are believed about the client (env var {@code DUPLIWATCH_PROXY_TRUSTEDADDRESSES}).
 *
 * @param trustedAddresses addresses or CIDR ranges ({@code 10.0.0.5}, {@code 172.18.0.0/16}) whose
 *                         {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are honoured when
 *                         {@code server.forward-headers-strategy=native}; from anyone else they are ignored, so that
 *                         a client cannot pick the address the login throttle and the audit log see
 */
@ConfigurationProperties("dupliwatch.proxy")
public record ProxyProperties(@DefaultValue({"127.0.0.0/8", "::1"}) List<String> trustedAddresses) {
}
