package io.dupliwatch.web.settings;

import io.dupliwatch.report.Server;

/** A server on the servers settings page; {@code jobs} counts the jobs shown on the dashboard (none when archived). */
public record ServerSettingsRow(Server server, boolean archived, int jobs) {
}
