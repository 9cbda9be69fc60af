package io.dupliwatch.monitoring;

import java.time.Instant;

/** The global monitoring settings in force, in the shapes {@link GlobalSettingsRequest} accepts. */
record GlobalSettingsResponse(String tolerance,
                              String checkInterval,
                              String timeZone,
                              String reminderFrequency,
                              Instant lastCheckAt) {

    static GlobalSettingsResponse of(GlobalMonitoringSettings settings) {
        return new GlobalSettingsResponse(Interval.format(settings.tolerance()),
                Interval.format(settings.checkInterval()), settings.timeZone().getId(),
                settings.reminderFrequency().code(), settings.lastCheckAt());
    }
}
