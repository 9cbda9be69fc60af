package io.dupliwatch.monitoring;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Defaults of the global monitoring settings; values saved through {@code PUT /api/monitoring/settings} win.
 *
 * @param tolerance         grace period after a job's expected run before it counts as overdue
 *                          ({@code DUPLIWATCH_MONITORING_TOLERANCE})
 * @param checkInterval     how often all jobs are checked; {@code 0} disables the scheduled check
 *                          ({@code DUPLIWATCH_MONITORING_CHECKINTERVAL})
 * @param reminderFrequency once, daily, weekly or monthly ({@code DUPLIWATCH_MONITORING_REMINDERFREQUENCY})
 */
@ConfigurationProperties("dupliwatch.monitoring")
public record MonitoringProperties(@DefaultValue("2h") Duration tolerance,
                                   @DefaultValue("5m") Duration checkInterval,
                                   @DefaultValue("daily") ReminderFrequency reminderFrequency) {
}
