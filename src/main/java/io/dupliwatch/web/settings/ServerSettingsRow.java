package io.dupliwatch.web.settings;

import io.dupliwatch.report.Server;
import io.dupliwatch.web.TimeZoneChoice;

/**
 * A server on the servers settings page; {@code jobs} counts the jobs shown on the dashboard (none when archived),
 * {@code zone} is the zone its schedules are read in.
 */
public record ServerSettingsRow(Server server, boolean archived, int jobs, TimeZoneChoice zone) {
}
