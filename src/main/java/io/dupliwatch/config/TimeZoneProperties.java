package io.dupliwatch.config;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The time zone in which schedules, weekdays and times of day are read ({@code DUPLIWATCH_TIMEZONE}).
 *
 * @param timeZone an IANA zone such as {@code Europe/Paris}; unset means the system zone
 */
@ConfigurationProperties("dupliwatch")
public record TimeZoneProperties(ZoneId timeZone) {

    public TimeZoneProperties {
        if (timeZone == null) {
            timeZone = ZoneId.systemDefault();
        }
    }
}
