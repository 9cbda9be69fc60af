package io.dupliwatch.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.dupliwatch.report.Operation;
import io.dupliwatch.report.ServerMergeStep;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.Assert;

/**
 * SQL of the monitoring tables ({@code job_monitoring}, {@code monitoring_settings}); reads job identity, newest-run
 * columns and {@code next_expected_at} from {@code jobs}, {@code servers} and start times from {@code runs} (report
 * writes them: {@link io.dupliwatch.report.ExpectedRuns}).
 */
@Repository
class MonitoringRepository {

    private static final String JOB_SELECT = """
            SELECT j.id, j.server_id, s.name AS server_name, j.backup_name, j.latest_begin_time, j.latest_status,
                   j.next_expected_at, m.enabled, m.repeat_interval, m.weekdays, m.time_of_day, m.window_start,
                   m.window_end, m.tolerance_seconds, m.schedule_source, m.overdue_alerted_at, m.last_alert_at,
                   s.time_zone AS server_time_zone,
                   m.operation_intervals, m.untested_alerted_at, m.untested_last_alert_at
              FROM jobs j
              JOIN servers s ON s.id = j.server_id
              JOIN job_monitoring m ON m.job_id = j.id
            """;

    private static final TypeReference<LinkedHashMap<String, String>> INTERVALS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    MonitoringRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    boolean jobExists(long jobId) {
        return jdbc.sql("SELECT COUNT(*) FROM jobs WHERE id = :id").param("id", jobId).query(Long.class).single() == 1;
    }

    /** Gives the job default settings unless it has some; {@code true} when they were created. */
    boolean createSettingsIfAbsent(long jobId, Instant now) {
        return jdbc.sql("""
                INSERT INTO job_monitoring (job_id, updated_at) VALUES (:id, :now)
                ON CONFLICT (job_id) DO NOTHING
                """)
                .param("id", jobId).param("now", now.toEpochMilli()).update() == 1;
    }

    /** Default settings for every job that has none (jobs stored without a {@code RunRecorded} event). */
    int createMissingSettings(Instant now) {
        return jdbc.sql("""
                INSERT INTO job_monitoring (job_id, updated_at)
                SELECT j.id, :now FROM jobs j
                 WHERE NOT EXISTS (SELECT 1 FROM job_monitoring m WHERE m.job_id = j.id)
                """)
                .param("now", now.toEpochMilli()).update();
    }

    Optional<MonitoredJob> find(long jobId) {
        return jdbc.sql(JOB_SELECT + " WHERE j.id = :id").param("id", jobId).query(this::mapJob).optional();
    }

    List<MonitoredJob> findAll() {
        return jdbc.sql(JOB_SELECT + " ORDER BY s.name, j.backup_name, j.id").query(this::mapJob).list();
    }

    /** Jobs the overdue check looks at: neither the job nor its server is archived. */
    List<MonitoredJob> findActive() {
        return jdbc.sql(JOB_SELECT + " WHERE j.archived_at IS NULL AND s.archived_at IS NULL ORDER BY s.name, j.backup_name, j.id")
                .query(this::mapJob).list();
    }

    void saveSettings(long jobId, JobSettings settings, ScheduleSource source, Instant now) {
        int updated = jdbc.sql("""
                UPDATE job_monitoring
                   SET enabled = :enabled, repeat_interval = :interval, weekdays = :weekdays,
                       time_of_day = :timeOfDay, window_start = :windowStart, window_end = :windowEnd,
                       tolerance_seconds = :tolerance, operation_intervals = :operationIntervals,
                       schedule_source = :source, updated_at = :now
                 WHERE job_id = :id
                """)
                .params(settingsColumns(settings))
                .param("source", source.code()).param("now", now.toEpochMilli()).param("id", jobId)
                .update();
        Assert.state(updated == 1, () -> "no monitoring settings for job " + jobId);
    }

    /** Saves a schedule read from Duplicati unless the user set one; {@code true} when saved. */
    boolean saveDuplicatiSchedule(long jobId, JobSchedule schedule, Instant now) {
        return jdbc.sql("""
                UPDATE job_monitoring
                   SET repeat_interval = :interval, weekdays = :weekdays, time_of_day = :timeOfDay,
                       window_start = :windowStart, window_end = :windowEnd, schedule_source = :source,
                       updated_at = :now
                 WHERE job_id = :id AND schedule_source <> :user
                """)
                .params(settingsColumns(new JobSettings(true, schedule)))
                .param("source", ScheduleSource.DUPLICATI.code()).param("user", ScheduleSource.USER.code())
                .param("now", now.toEpochMilli()).param("id", jobId)
                .update() == 1;
    }

    /** A merged job's settings: the source's move only where the target has none; the source's row goes. */
    void mergeSettings(long sourceJobId, long targetJobId) {
        ServerMergeStep.keepOneRow(jdbc, "job_monitoring", "job_id", sourceJobId, targetJobId);
    }

    /**
     * Claims the first alert of an overdue period, as long as the job's newest run is still {@code lastRun}
     * (a run stored meanwhile ends the period); {@code false} when another check or a run got there first.
     */
    boolean claimFirstAlert(long jobId, Instant lastRun, Instant now) {
        return jdbc.sql("""
                UPDATE job_monitoring SET overdue_alerted_at = :now, last_alert_at = :now
                 WHERE job_id = :id AND overdue_alerted_at IS NULL
                   AND (SELECT j.latest_begin_time FROM jobs j WHERE j.id = :id) = :lastRun
                """)
                .param("now", now.toEpochMilli()).param("id", jobId).param("lastRun", lastRun.toEpochMilli())
                .update() == 1;
    }

    /** Claims a reminder after the alert sent at {@code previousAlert}, under the same condition. */
    boolean claimReminder(long jobId, Instant lastRun, Instant previousAlert, Instant now) {
        return jdbc.sql("""
                UPDATE job_monitoring SET last_alert_at = :now
                 WHERE job_id = :id AND last_alert_at = :previous
                   AND (SELECT j.latest_begin_time FROM jobs j WHERE j.id = :id) = :lastRun
                """)
                .param("now", now.toEpochMilli()).param("id", jobId)
                .param("previous", previousAlert.toEpochMilli()).param("lastRun", lastRun.toEpochMilli())
                .update() == 1;
    }

    /** Claims the first alert of an untested period; {@code false} when another check got there first. */
    boolean claimFirstUntestedAlert(long jobId, Instant now) {
        return jdbc.sql("""
                UPDATE job_monitoring SET untested_alerted_at = :now, untested_last_alert_at = :now
                 WHERE job_id = :id AND untested_alerted_at IS NULL
                """)
                .param("now", now.toEpochMilli()).param("id", jobId).update() == 1;
    }

    /** Claims an untested reminder after the alert sent at {@code previousAlert}. */
    boolean claimUntestedReminder(long jobId, Instant previousAlert, Instant now) {
        return jdbc.sql("""
                UPDATE job_monitoring SET untested_last_alert_at = :now
                 WHERE job_id = :id AND untested_last_alert_at = :previous
                """)
                .param("now", now.toEpochMilli()).param("id", jobId).param("previous", previousAlert.toEpochMilli())
                .update() == 1;
    }

    /** Ends the job's untested period; {@code true} when an untested alert had been sent for it. */
    boolean endUntestedPeriod(long jobId) {
        return jdbc.sql("""
                UPDATE job_monitoring SET untested_alerted_at = NULL, untested_last_alert_at = NULL
                 WHERE job_id = :id AND untested_alerted_at IS NOT NULL
                """)
                .param("id", jobId).update() == 1;
    }

    /** Ends the job's overdue period; {@code true} when an overdue alert had been sent for it. */
    boolean endOverduePeriod(long jobId) {
        return jdbc.sql("""
                UPDATE job_monitoring SET overdue_alerted_at = NULL, last_alert_at = NULL
                 WHERE job_id = :id AND overdue_alerted_at IS NOT NULL
                """)
                .param("id", jobId).update() == 1;
    }

    /**
     * Enabled jobs with runs whose next expected run plus tolerance is before {@code now}: one row per job. The
     * tolerance is the job's, else the saved global one, else {@code configuredTolerance}: read in the same
     * statement, so that {@code /api/summary} costs one round trip less.
     */
    long countOverdue(Instant now, Duration configuredTolerance) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM jobs j JOIN job_monitoring m ON m.job_id = j.id JOIN servers s ON s.id = j.server_id
                 WHERE m.enabled = TRUE AND j.latest_begin_time IS NOT NULL AND j.next_expected_at IS NOT NULL
                   AND j.next_expected_at + COALESCE(m.tolerance_seconds * 1000,
                           (SELECT g.tolerance_seconds * 1000 FROM monitoring_settings g WHERE g.id = 1),
                           :tolerance) < :now
                   AND j.archived_at IS NULL AND s.archived_at IS NULL
                """)
                .param("tolerance", configuredTolerance.toMillis()).param("now", now.toEpochMilli())
                .query(Long.class).single();
    }

    /** Start times of the job's newest runs, newest first. */
    List<Instant> newestStartTimes(long jobId, int limit) {
        return jdbc.sql("SELECT begin_time FROM runs WHERE job_id = :id ORDER BY begin_time DESC LIMIT :limit")
                .param("id", jobId).param("limit", limit)
                .query((rs, n) -> Instant.ofEpochMilli(rs.getLong(1))).list();
    }

    /** The saved global settings (nulls fall back to properties) and the time of the newest check. */
    record StoredGlobalSettings(GlobalSettingsOverrides overrides, Instant lastCheckAt) {
    }

    /** Without a saved row (a fresh or emptied database) everything falls back to the properties. */
    StoredGlobalSettings globalSettings() {
        return jdbc.sql("""
                SELECT tolerance_seconds, check_interval_seconds, time_zone, reminder_frequency, last_check_at
                  FROM monitoring_settings WHERE id = 1
                """)
                .query((rs, n) -> new StoredGlobalSettings(new GlobalSettingsOverrides(
                        seconds(rs, "tolerance_seconds"), seconds(rs, "check_interval_seconds"),
                        rs.getString("time_zone") == null ? null : ZoneId.of(rs.getString("time_zone")),
                        rs.getString("reminder_frequency") == null ? null
                                : ReminderFrequency.fromCode(rs.getString("reminder_frequency"))),
                        instant(rs, "last_check_at")))
                .optional()
                .orElseGet(() -> new StoredGlobalSettings(new GlobalSettingsOverrides(null, null, null, null), null));
    }

    void saveGlobalSettings(GlobalSettingsOverrides settings) {
        jdbc.sql("""
                INSERT INTO monitoring_settings (id, tolerance_seconds, check_interval_seconds, time_zone, reminder_frequency)
                VALUES (1, :tolerance, :checkInterval, :zone, :frequency)
                ON CONFLICT (id) DO UPDATE
                   SET tolerance_seconds = excluded.tolerance_seconds,
                       check_interval_seconds = excluded.check_interval_seconds,
                       time_zone = excluded.time_zone, reminder_frequency = excluded.reminder_frequency
                """)
                .param("tolerance", settings.tolerance() == null ? null : settings.tolerance().toSeconds())
                .param("checkInterval", settings.checkInterval() == null ? null : settings.checkInterval().toSeconds())
                .param("zone", settings.timeZone() == null ? null : settings.timeZone().getId())
                .param("frequency", settings.reminderFrequency() == null ? null : settings.reminderFrequency().code())
                .update();
    }

    void saveLastCheck(Instant checkedAt) {
        jdbc.sql("""
                INSERT INTO monitoring_settings (id, last_check_at) VALUES (1, :at)
                ON CONFLICT (id) DO UPDATE SET last_check_at = excluded.last_check_at
                """)
                .param("at", checkedAt.toEpochMilli()).update();
    }

    private Map<String, Object> settingsColumns(JobSettings settings) {
        JobSchedule s = settings.schedule();
        Map<String, Object> columns = new HashMap<>();
        columns.put("enabled", settings.enabled());
        columns.put("interval", s.interval().toString());
        columns.put("weekdays", s.weekdays().stream().map(d -> d.name().substring(0, 3)).collect(Collectors.joining(",")));
        columns.put("timeOfDay", s.timeOfDay() == null ? null : s.timeOfDay().toString());
        columns.put("windowStart", s.window() == null ? null : s.window().start().toString());
        columns.put("windowEnd", s.window() == null ? null : s.window().end().toString());
        columns.put("tolerance", s.tolerance() == null ? null : s.tolerance().toSeconds());
        Map<String, String> intervals = new LinkedHashMap<>();
        settings.operationIntervals().forEach((operation, interval) -> intervals.put(operation.label(), interval.toString()));
        columns.put("operationIntervals", json.writeValueAsString(intervals));
        return columns;
    }

    private MonitoredJob mapJob(ResultSet rs, int row) throws SQLException {
        Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(rs.getString("weekdays").split(",")).map(JobSchedule::weekday).forEach(weekdays::add);
        String windowStart = rs.getString("window_start");
        JobSchedule schedule = new JobSchedule(Interval.parse(rs.getString("repeat_interval")), weekdays,
                time(rs.getString("time_of_day")),
                windowStart == null ? null : new TimeWindow(LocalTime.parse(windowStart), LocalTime.parse(rs.getString("window_end"))),
                seconds(rs, "tolerance_seconds"));
        return new MonitoredJob(rs.getLong("id"), rs.getString("server_id"), rs.getString("server_name"),
                rs.getString("backup_name"), instant(rs, "latest_begin_time"), rs.getString("latest_status"),
                instant(rs, "next_expected_at"),
                new JobSettings(rs.getBoolean("enabled"), schedule, operationIntervals(rs.getString("operation_intervals"))),
                ScheduleSource.fromCode(rs.getString("schedule_source")),
                instant(rs, "overdue_alerted_at"), instant(rs, "last_alert_at"),
                rs.getString("server_time_zone") == null ? null : ZoneId.of(rs.getString("server_time_zone")),
                instant(rs, "untested_alerted_at"), instant(rs, "untested_last_alert_at"));
    }

    private Map<Operation, Interval> operationIntervals(String stored) {
        Map<Operation, Interval> intervals = new EnumMap<>(Operation.class);
        json.readValue(stored, INTERVALS).forEach((name, interval) ->
                Operation.of(name).ifPresent(operation -> intervals.put(operation, Interval.parse(interval))));
        return intervals;
    }

    private static LocalTime time(String text) {
        return text == null ? null : LocalTime.parse(text);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    private static Duration seconds(ResultSet rs, String column) throws SQLException {
        long seconds = rs.getLong(column);
        return rs.wasNull() ? null : Duration.ofSeconds(seconds);
    }
}
