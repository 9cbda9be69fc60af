package io.dupliwatch.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.dupliwatch.cluster.ClusterLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the overdue check every {@code checkInterval} (a global setting, so a change applies without a restart).
 * Looks once a minute whether a check is due; the time of the last check is stored, so a restart neither skips
 * nor repeats one. A check interval of 0 disables it. With several instances on one database, the instance that
 * takes the cluster lock looks; the others skip that minute.
 */
@Component
class OverdueCheckScheduler {

    private final MonitoringSettingsService settings;
    private final OverdueDetector detector;
    private final ClusterLock clusterLock;
    private final Clock clock;

    OverdueCheckScheduler(MonitoringSettingsService settings, OverdueDetector detector, ClusterLock clusterLock,
                          Clock clock) {
        this.settings = settings;
        this.detector = detector;
        this.clusterLock = clusterLock;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
    void checkWhenDueOncePerCluster() {
        clusterLock.runExclusively("monitoring.overdue-check", Duration.ofSeconds(50), Duration.ofMinutes(10),
                this::checkWhenDue);
    }

    void checkWhenDue() {
        GlobalMonitoringSettings global = settings.global();
        if (global.scheduledCheckEnabled() && (global.lastCheckAt() == null
                || !clock.instant().isBefore(global.lastCheckAt().plus(global.checkInterval())))) {
            detector.check();
        }
    }
}
