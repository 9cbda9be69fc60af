package io.dupliwatch.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Calls Dupliwatch makes to addresses an administrator typed (notification channels, heartbeats, Duplicati servers).
 *
 * @param allowLinkLocal allow destinations that resolve to a link-local or cloud-metadata address
 *                       (169.254.0.0/16, fe80::/10, fd00:ec2::254, 100.100.100.200); default {@code false}
 *                       ({@code DUPLIWATCH_OUTBOUND_ALLOWLINKLOCAL})
 */
@ConfigurationProperties("dupliwatch.outbound")
public record OutboundProperties(@DefaultValue("false") boolean allowLinkLocal) {
}
