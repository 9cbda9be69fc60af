package io.dupliwatch.integrations.relay;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outgoing heartbeats (push relays).
 *
 * @param timeout     connect and read timeout of one ping ({@code DUPLIWATCH_HEARTBEAT_TIMEOUT})
 * @param maxAttempts attempts per ping, the first included; 4xx answers are not retried
 *                    ({@code DUPLIWATCH_HEARTBEAT_MAXATTEMPTS})
 * @param retryDelay  wait before the first retry, doubled for each further one ({@code DUPLIWATCH_HEARTBEAT_RETRYDELAY})
 */
@ConfigurationProperties("dupliwatch.heartbeat")
public record HeartbeatProperties(@DefaultValue("10s") Duration timeout,
                                  @DefaultValue("3") int maxAttempts,
                                  @DefaultValue("30s") Duration retryDelay) {
}
