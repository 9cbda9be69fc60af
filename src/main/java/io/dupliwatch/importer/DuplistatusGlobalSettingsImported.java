package io.dupliwatch.importer;

import java.time.Duration;

/**
 * duplistatus's global monitoring settings, published by {@code import-duplistatus} for the monitoring feature.
 *
 * @param overdueTolerance      {@code overdue_tolerance} ({@code 2h} when unset, duplistatus's default)
 * @param notificationFrequency {@code notification_frequency}: {@code onetime}, {@code every_day}, {@code every_week}
 *                              or {@code every_month}
 */
public record DuplistatusGlobalSettingsImported(Duration overdueTolerance, String notificationFrequency) {
}
