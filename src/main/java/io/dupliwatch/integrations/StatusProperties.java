package io.dupliwatch.integrations;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a job's state reads to pull monitors, heartbeat relays and Home Assistant.
 *
 * @param warningIsOk a newest run with warnings counts as up (200, heartbeat "up", problem off)
 *                    ({@code DUPLIWATCH_STATUS_WARNINGISOK})
 */
@ConfigurationProperties("dupliwatch.status")
public record StatusProperties(@DefaultValue("true") boolean warningIsOk) {
}
