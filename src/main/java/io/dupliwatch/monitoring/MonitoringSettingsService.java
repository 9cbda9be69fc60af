package io.dupliwatch.monitoring;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.dupliwatch.config.TimeZoneProperties;
import io.dupliwatch.report.ExpectedRuns;
import io.dupliwatch.report.ServerDirectory;
import io.dupliwatch.report.ServerNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Global and per-job monitoring settings. Every schedule change recomputes the job's next expected run at once,
 * so {@link OverdueBoard} is right without waiting for the next check.
 */
@Service
public class MonitoringSettingsService {

    private static final Duration DAY = Duration.ofDays(1);

    private final MonitoringRepository repository;
    private final ExpectedRuns expectedRuns;
    private final MonitoringProperties properties;
    private final TimeZoneProperties zoneProperties;
    private final ServerDirectory servers;
    private final Clock clock;

    MonitoringSettingsService(MonitoringRepository repository, ExpectedRuns expectedRuns,
                              MonitoringProperties properties, TimeZoneProperties zoneProperties,
                              ServerDirectory servers, Clock clock) {
        this.repository = repository;
        this.expectedRuns = expectedRuns;
        this.properties = properties;
        this.zoneProperties = zoneProperties;
        this.servers = servers;
        this.clock = clock;
    }

    /** The tolerance of the configuration, used when neither a job nor the saved global settings set one. */
    Duration configuredTolerance() {
        return properties.tolerance();
    }

    /** The settings in force: saved values, else the property defaults. */
    public GlobalMonitoringSettings global() {
        MonitoringRepository.StoredGlobalSettings stored = repository.globalSettings();
        GlobalSettingsOverrides saved = stored.overrides();
        return new GlobalMonitoringSettings(
                Objects.requireNonNullElse(saved.tolerance(), properties.tolerance()),
                Objects.requireNonNullElse(saved.checkInterval(), properties.checkInterval()),
                Objects.requireNonNullElse(saved.timeZone(), zoneProperties.timeZone()),
                Objects.requireNonNullElse(saved.reminderFrequency(), properties.reminderFrequency()),
                stored.lastCheckAt());
    }

    /** The global zone: schedules of servers without a zone of their own are read in it. */
    public ZoneId timeZone() {
        return global().timeZone();
    }

    /** The zone the server's schedules are read in: its own, else the global one. */
    public ZoneId timeZoneOf(String serverId) {
        return servers.timeZone(serverId).orElseGet(this::timeZone);
    }

    /**
     * Sets the zone the server's schedules are read in ({@code null}: the global one again, until a collection
     * reads Duplicati's); its jobs' next expected runs move at once.
     *
     * @throws ServerNotFoundException when there is no such server
     */
    @Transactional
    public void chooseServerTimeZone(String serverId, ZoneId zone) {
        if (!servers.chooseTimeZone(serverId, zone)) {
            throw new ServerNotFoundException(serverId);
        }
        refreshServer(serverId);
    }

    /**
     * Takes the zone a Duplicati server reports ({@code ServerTimeZone}) unless the user chose one. An id Java
     * does not know (a Windows zone name) is ignored.
     *
     * @return {@code true} when the server's zone changed
     */
    @Transactional
    public boolean adoptServerTimeZone(String serverId, String duplicatiZone) {
        ZoneId zone = ServerTimeZones.parse(duplicatiZone).orElse(null);
        if (zone == null || !servers.adoptTimeZone(serverId, zone)) {
            return false;
        }
        refreshServer(serverId);
        return true;
    }

    private void refreshServer(String serverId) {
        ZoneId global = timeZone();
        repository.findAll().stream().filter(job -> job.serverId().equals(serverId))
                .forEach(job -> refreshNextExpected(job, global));
    }

    /** Saves the global settings ({@code null} components return to their defaults). */
    @Transactional
    public GlobalMonitoringSettings updateGlobal(GlobalSettingsOverrides overrides) {
        ZoneId before = timeZone();
        repository.saveGlobalSettings(overrides);
        GlobalMonitoringSettings after = global();
        if (!after.timeZone().equals(before)) {
            repository.findAll().forEach(job -> refreshNextExpected(job, after.timeZone()));
        }
        return after;
    }

    /** Sets a job's settings as the user's: automatic sources no longer replace them. */
    @Transactional
    public void updateJob(long jobId, JobSettings settings) {
        updateJobs(Map.of(jobId, settings));
    }

    /** Sets several jobs' settings, all or none. */
    @Transactional
    public void updateJobs(Map<Long, JobSettings> settingsByJob) {
        Instant now = clock.instant();
        ZoneId zone = timeZone();
        settingsByJob.forEach((jobId, settings) -> {
            requireJob(jobId, now);
            repository.saveSettings(jobId, settings, ScheduleSource.USER, now);
            refreshNextExpected(repository.find(jobId).orElseThrow(), zone);
        });
    }

    /**
     * Takes a job's schedule from its Duplicati server ({@code Schedule.Repeat}, the allowed weekdays of
     * {@code Schedule.Rule}, {@code Schedule.Time}), unless the user set the job's schedule. The time of
     * {@code scheduledTime} in the server's zone anchors the slots when the interval allows it (whole days,
     * or a divisor of a day).
     *
     * @param allowedWeekdays empty or {@code null} for every day
     * @param scheduledTime   Duplicati's next scheduled run, {@code null} when unknown
     * @return {@code false} when a user schedule was kept
     */
    @Transactional
    public boolean applyDuplicatiSchedule(long jobId, Interval repeat, Set<DayOfWeek> allowedWeekdays,
                                          Instant scheduledTime) {
        Instant now = clock.instant();
        requireJob(jobId, now);
        ZoneId zone = timeZone();
        LocalTime timeOfDay = scheduledTime != null && anchorable(repeat)
                ? scheduledTime.atZone(repository.find(jobId).orElseThrow().zone(zone)).toLocalTime()
                : null;
        JobSchedule schedule = new JobSchedule(repeat,
                allowedWeekdays == null || allowedWeekdays.isEmpty() ? JobSchedule.ALL_DAYS : allowedWeekdays,
                timeOfDay, null, null);
        boolean saved = repository.saveDuplicatiSchedule(jobId, schedule, now);
        if (saved) {
            refreshNextExpected(repository.find(jobId).orElseThrow(), zone);
        }
        return saved;
    }

    /**
     * Replaces the job's schedule by a suggestion, keeping its switch and tolerance; a zone it offers becomes the
     * server's.
     */
    @Transactional
    void applySuggestion(long jobId, ScheduleSuggestion suggestion) {
        Instant now = clock.instant();
        requireJob(jobId, now);
        MonitoredJob job = repository.find(jobId).orElseThrow();
        if (suggestion.timeZone() != null) {
            chooseServerTimeZone(job.serverId(), suggestion.timeZone());
        }
        JobSettings settings = new JobSettings(job.settings().enabled(), suggestion.toSchedule(job.schedule().tolerance()),
                job.settings().operationIntervals());
        repository.saveSettings(jobId, settings, ScheduleSource.INFERRED, now);
        refreshNextExpected(repository.find(jobId).orElseThrow(), timeZone());
    }

    /**
     * The job's next expected run after its newest run, in its server's zone else {@code globalZone};
     * {@code null} without runs.
     */
    static Instant nextExpected(MonitoredJob job, ZoneId globalZone) {
        return job.lastRunAt() == null ? null
                : new NextRunCalculator(job.zone(globalZone)).nextExpected(job.schedule(), job.lastRunAt());
    }

    /** Recomputes and stores the job's next expected run when it changed; returns it. */
    void saveNextExpected(long jobId, Instant next) {
        expectedRuns.set(jobId, next);
    }

    Instant refreshNextExpected(MonitoredJob job, ZoneId globalZone) {
        Instant next = nextExpected(job, globalZone);
        if (!Objects.equals(next, job.nextExpectedAt())) {
            saveNextExpected(job.jobId(), next);
        }
        return next;
    }

    private void requireJob(long jobId, Instant now) {
        if (!repository.jobExists(jobId)) {
            throw new JobNotFoundException(jobId);
        }
        repository.createSettingsIfAbsent(jobId, now);
    }

    /** Slots restart every day, so only whole days or intervals dividing a day keep Duplicati's own series. */
    private static boolean anchorable(Interval repeat) {
        if (repeat.isDayBased()) {
            return !repeat.hasTimePart();
        }
        return DAY.toSeconds() % repeat.timePart().toSeconds() == 0;
    }
}
