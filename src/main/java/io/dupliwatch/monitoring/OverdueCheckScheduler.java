package io.dupliwatch.monitoring;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the overdue check every {@code checkInterval} (a global setting, so a change applies without a restart).
 * Looks once a minute whether a check is due; the time of the last check is stored, so a restart neither skips
 * nor repeats one. A check interval of 0 disables it.
 */
@Component
class OverdueCheckScheduler {

    private final MonitoringSettingsService settings;
    private final OverdueDetector detector;
    private final Clock clock;

    OverdueCheckScheduler(MonitoringSettingsService settings, OverdueDetector detector, Clock clock) {
        this.settings = settings;
        this.detector = detector;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
    void checkWhenDue() {
        GlobalMonitoringSettings global = settings.global();
        if (global.scheduledCheckEnabled() && (global.lastCheckAt() == null
                || !clock.instant().isBefore(global.lastCheckAt().plus(global.checkInterval())))) {
            detector.check();
        }
    }
}
