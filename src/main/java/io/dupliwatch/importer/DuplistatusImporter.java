package io.dupliwatch.importer;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.dupliwatch.config.LogEscape;
import io.dupliwatch.monitoring.GlobalMonitoringSettings;
import io.dupliwatch.monitoring.GlobalSettingsOverrides;
import io.dupliwatch.monitoring.Interval;
import io.dupliwatch.monitoring.JobSchedule;
import io.dupliwatch.monitoring.JobSettings;
import io.dupliwatch.monitoring.MonitoringSettingsService;
import io.dupliwatch.monitoring.OverdueBoard;
import io.dupliwatch.monitoring.ReminderFrequency;
import io.dupliwatch.monitoring.ScheduleSource;
import io.dupliwatch.report.BackupRun;
import io.dupliwatch.report.InvalidReportFieldException;
import io.dupliwatch.report.ReportIdentity;
import io.dupliwatch.report.RunQueries;
import io.dupliwatch.report.RunRecorder;
import io.dupliwatch.report.RunSource;
import io.dupliwatch.report.ServerDirectory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * Imports a duplistatus database: servers with alias and note, every run (through {@link RunRecorder} as
 * {@link RunSource#IMPORT}, so the duplicate rule makes a re-run import nothing twice) and the monitoring settings:
 * each job's interval, weekdays and on/off (unless its schedule was already chosen in Dupliwatch), and, on the first
 * import, the global tolerance and reminder frequency.
 */
@Service
public class DuplistatusImporter {

    private static final Logger log = LoggerFactory.getLogger(DuplistatusImporter.class);
    private static final Map<String, Duration> TOLERANCES = Map.of("no_tolerance", Duration.ZERO,
            "5min", Duration.ofMinutes(5), "15min", Duration.ofMinutes(15), "30min", Duration.ofMinutes(30),
            "1h", Duration.ofHours(1), "2h", Duration.ofHours(2), "4h", Duration.ofHours(4),
            "6h", Duration.ofHours(6), "12h", Duration.ofHours(12), "1d", Duration.ofDays(1));
    private static final Duration DEFAULT_TOLERANCE = Duration.ofHours(2);
    private static final Map<String, ReminderFrequency> FREQUENCIES = Map.of("onetime", ReminderFrequency.ONCE,
            "every_day", ReminderFrequency.DAILY, "every_week", ReminderFrequency.WEEKLY,
            "every_month", ReminderFrequency.MONTHLY);

    private final RunRecorder recorder;
    private final ServerDirectory servers;
    private final RunQueries runs;
    private final MonitoringSettingsService monitoring;
    private final OverdueBoard overdueBoard;
    private final JsonMapper json;
    private final DuplistatusRunMapper mapper;

    DuplistatusImporter(RunRecorder recorder, ServerDirectory servers, RunQueries runs,
                        MonitoringSettingsService monitoring, OverdueBoard overdueBoard, JsonMapper json) {
        this.recorder = recorder;
        this.servers = servers;
        this.runs = runs;
        this.monitoring = monitoring;
        this.overdueBoard = overdueBoard;
        this.json = json;
        this.mapper = new DuplistatusRunMapper(json);
    }

    /** @throws InvalidSourceException when the file is not a readable duplistatus database */
    public ImportSummary importFrom(Path file) throws SQLException {
        try (DuplistatusDatabase source = DuplistatusDatabase.open(file)) {
            String version = source.schemaVersion();
            long[] counts = new long[3]; // imported, already present, unreadable
            Set<String> skipped = new LinkedHashSet<>();
            var sourceServers = source.servers();
            for (DuplistatusDatabase.SourceServer server : sourceServers) {
                try {
                    ReportIdentity.requireSafeId("machine-id", server.id());
                }
                catch (InvalidReportFieldException e) {
                    skip(skipped, "server '" + LogEscape.of(server.id()) + "' skipped: " + e.getMessage());
                    continue;
                }
                // Keep the name Dupliwatch already shows: an old import must not rename a live server.
                String name = servers.find(server.id()).map(s -> s.name()).orElse(server.name());
                source.forEachBackup(server.id(), row -> {
                    BackupRun run = mapper.map(row, server.id(), name);
                    if (run == null) {
                        counts[2]++;
                    }
                    else if (!storable(run, skipped)) {
                        counts[2]++;
                    }
                    else if (recorder.record(run, RunSource.IMPORT).isPresent()) {
                        counts[0]++;
                    }
                    else {
                        counts[1]++;
                    }
                });
                if (servers.find(server.id()).isPresent()) {
                    servers.adoptAliasAndNote(server.id(), server.alias(), server.note());
                }
            }
            int jobSettings = applyJobSettings(source);
            if (counts[0] > 0) {
                applyGlobalSettings(source); // on the first import only: later changes in Dupliwatch stay
            }
            ImportSummary summary = new ImportSummary(version, sourceServers.size(), counts[0], counts[1], counts[2],
                    jobSettings, List.copyOf(skipped));
            log.info("Imported {}: {}", LogEscape.of(file), LogEscape.of(summary));
            return summary;
        }
    }

    /** False, with a note of why, for a run whose server or job identity Dupliwatch does not store. */
    private static boolean storable(BackupRun run, Set<String> skipped) {
        try {
            run.identity().requireValid();
            return true;
        }
        catch (InvalidReportFieldException e) {
            skip(skipped, "job '" + LogEscape.of(run.identity().backupName()) + "' of server " + run.identity().machineId()
                    + " skipped: " + e.getMessage());
            return false;
        }
    }

    private static void skip(Set<String> skipped, String why) {
        if (skipped.add(why)) {
            log.warn("Import: {}", why); // escaped when written
        }
    }

    /** Per-job settings, except for jobs whose schedule was set in Dupliwatch (or by an earlier import). */
    private int applyJobSettings(DuplistatusDatabase source) throws SQLException {
        Optional<JsonNode> settings = jsonConfiguration(source, "backup_settings");
        if (settings.isEmpty() || !settings.get().isObject()) {
            return 0;
        }
        int applied = 0;
        for (Map.Entry<String, JsonNode> entry : settings.get().properties()) {
            int colon = entry.getKey().indexOf(':');
            Optional<Long> jobId = colon < 0 ? Optional.empty()
                    : runs.jobId(entry.getKey().substring(0, colon), entry.getKey().substring(colon + 1));
            String interval = interval(entry.getValue());
            if (jobId.isEmpty() || interval == null || userSet(jobId.get())) {
                continue; // the pseudo-job __default__, a job without runs, no interval, or already chosen
            }
            try {
                JobSchedule schedule = new JobSchedule(Interval.parse(interval),
                        weekdays(entry.getValue().path("allowedWeekDays")), null, null, null);
                monitoring.updateJob(jobId.get(),
                        new JobSettings(entry.getValue().path("overdueBackupCheckEnabled").asBoolean(true), schedule));
                applied++;
            }
            catch (IllegalArgumentException e) {
                log.warn("Not importing the schedule of {}: {}", LogEscape.of(entry.getKey()), LogEscape.of(e.getMessage()));
            }
        }
        return applied;
    }

    private boolean userSet(long jobId) {
        return overdueBoard.find(jobId).map(job -> job.scheduleSource() == ScheduleSource.USER).orElse(true);
    }

    private void applyGlobalSettings(DuplistatusDatabase source) throws SQLException {
        Optional<String> tolerance = source.configuration("overdue_tolerance");
        Optional<String> frequency = source.configuration("notification_frequency");
        if (tolerance.isEmpty() && frequency.isEmpty()) {
            return;
        }
        GlobalMonitoringSettings current = monitoring.global();
        monitoring.updateGlobal(new GlobalSettingsOverrides(
                tolerance.map(t -> TOLERANCES.getOrDefault(unquote(t), DEFAULT_TOLERANCE)).orElse(current.tolerance()),
                current.checkInterval(), current.timeZone(),
                frequency.map(f -> FREQUENCIES.getOrDefault(unquote(f), ReminderFrequency.DAILY))
                        .orElse(current.reminderFrequency())));
    }

    /** {@code "1D"}, or a legacy number with {@code intervalUnit} hour/day, as duplistatus converts it. */
    private static String interval(JsonNode job) {
        JsonNode value = job.path("expectedInterval");
        if (value.isNumber()) {
            String unit = job.path("intervalUnit").asString("hour");
            return value.asLong() + (unit.startsWith("day") ? "D" : "h");
        }
        String text = value.asString("").trim();
        return text.isEmpty() ? null : text;
    }

    private static Set<DayOfWeek> weekdays(JsonNode days) {
        if (!days.isArray() || days.isEmpty()) {
            return EnumSet.allOf(DayOfWeek.class);
        }
        Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
        for (JsonNode day : days) {
            int d = day.asInt(-1);
            if (d >= 0 && d <= 6) {
                weekdays.add(DayOfWeek.of(d == 0 ? 7 : d)); // duplistatus: 0 = Sunday
            }
        }
        return weekdays.isEmpty() ? EnumSet.allOf(DayOfWeek.class) : weekdays;
    }

    private Optional<JsonNode> jsonConfiguration(DuplistatusDatabase source, String key) throws SQLException {
        Optional<String> value = source.configuration(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readTree(value.get()));
        }
        catch (JacksonException e) {
            log.warn("Ignoring unreadable duplistatus configuration {}: {}", key, LogEscape.of(e.getOriginalMessage()));
            return Optional.empty();
        }
    }

    /** Configuration values are plain text or JSON strings ({@code "2h"}). */
    private static String unquote(String value) {
        String text = value.trim();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
    }
}
