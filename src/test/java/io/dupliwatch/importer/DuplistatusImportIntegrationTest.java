package io.dupliwatch.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.dupliwatch.DupliwatchApplication;
import io.dupliwatch.cli.Subcommands;
import io.dupliwatch.monitoring.GlobalMonitoringSettings;
import io.dupliwatch.monitoring.GlobalSettingsOverrides;
import io.dupliwatch.monitoring.Interval;
import io.dupliwatch.monitoring.JobMonitoringView;
import io.dupliwatch.monitoring.JobSchedule;
import io.dupliwatch.monitoring.JobSettings;
import io.dupliwatch.monitoring.MonitoringSettingsService;
import io.dupliwatch.monitoring.OverdueBoard;
import io.dupliwatch.monitoring.ReminderFrequency;
import io.dupliwatch.monitoring.ScheduleSource;
import io.dupliwatch.testsupport.DatabaseCleaner;
import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.IntegrationTest;
import io.dupliwatch.testsupport.Samples;
import io.dupliwatch.testsupport.TestDatabases;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

@IntegrationTest
class DuplistatusImportIntegrationTest {

    static final String NAS = "5a1c9a7be2d04c6f9a51d8e0b7c4a2f3";
    static final String LAPTOP = "b8d2e61f0c3b4e7f9a15c2d8e4b07f31";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DuplistatusImporter importer;

    @Autowired
    OverdueBoard overdueBoard;

    @Autowired
    MonitoringSettingsService monitoring;

    @TempDir
    Path temp;

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void importsServersRunsAliasesAndNotesFromSchema4() throws Exception {
        ImportSummary summary = importer.importFrom(schema4().file());

        assertThat(summary).isEqualTo(new ImportSummary("4.0", 2, 3, 0, 0, 1, List.of()));
        assertThat(jdbc.sql("SELECT alias || '|' || note FROM servers WHERE id = :id").param("id", NAS)
                .query(String.class).single()).isEqualTo("Office NAS|Rack 2, bottom");
        assertThat(jdbc.sql("SELECT DISTINCT source FROM runs").query(String.class).list()).containsExactly("IMPORT");
        assertThat(jdbc.sql("SELECT run_count FROM jobs WHERE server_id = :id").param("id", NAS).query(Long.class).single())
                .isEqualTo(2);

        JsonNode latest = new Http(port).get("/api/lastbackup/" + NAS).json().get("latest_backup");
        assertThat(latest.get("name").stringValue()).isEqualTo("Documents");
        assertThat(latest.get("date").stringValue()).isEqualTo("2025-03-02T02:00:00.000Z");
        assertThat(latest.get("status").stringValue()).isEqualTo("Warning");
        assertThat(latest.get("uploadedSize").asLong()).isEqualTo(2048);
        assertThat(latest.get("knownFileSize").asLong()).isEqualTo(900_000);
        assertThat(latest.get("duration_seconds").asDouble()).isEqualTo(95.5);
        assertThat(latest.get("warnings_array").toString()).isEqualTo("[\"disk almost full\"]");
        assertThat(latest.get("available_backups").toString())
                .isEqualTo("[\"2025-03-02T02:00:00.000Z\",\"2025-03-01T02:00:00.000Z\"]");
    }

    @Test
    void importedRunsShowInTheExternalApiAtOnce() throws Exception {
        String pushed = Samples.text("duplicati/backup-success.json").replace("3f1c9a7be2d04c6f9a51d8e0b7c4a2f3", NAS)
                .replace("\"BeginTime\":\"2026-08-10T00:00:00.4169381Z\"", "\"BeginTime\":\"2025-02-01T00:00:00Z\"");
        Http http = new Http(port);
        assertThat(http.upload(pushed).status()).isEqualTo(200);
        assertThat(http.get("/api/lastbackup/" + NAS).json().path("latest_backup").path("date").stringValue())
                .isEqualTo("2025-02-01T00:00:00.000Z");

        importer.importFrom(schema4().file());

        assertThat(http.get("/api/lastbackup/" + NAS).json().path("latest_backup").path("date").stringValue())
                .as("the answer kept before the import is not served again").isEqualTo("2025-03-02T02:00:00.000Z");
    }

    @Test
    void aSecondImportAddsNothing() throws Exception {
        DuplistatusDatabaseFixture source = schema4();
        importer.importFrom(source.file());

        ImportSummary again = importer.importFrom(source.file());

        assertThat(again.runsImported()).isZero();
        assertThat(again.runsAlreadyPresent()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM runs").query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT SUM(run_count) FROM jobs").query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aliasesAndNotesTypedInDupliwatchAreKept() throws Exception {
        DuplistatusDatabaseFixture source = schema4();
        importer.importFrom(source.file());
        jdbc.sql("UPDATE servers SET alias = 'Mine', note = '' WHERE id = :id").param("id", NAS).update();

        importer.importFrom(source.file());

        assertThat(jdbc.sql("SELECT alias || '|' || note FROM servers WHERE id = :id").param("id", NAS)
                .query(String.class).single()).isEqualTo("Mine|Rack 2, bottom");
    }

    @Test
    void monitoringSettingsAreTakenOver() throws Exception {
        importer.importFrom(schema4().file());

        JobMonitoringView nas = overdueBoard.find(jobOf(NAS)).orElseThrow();
        assertThat(nas.enabled()).isTrue();
        assertThat(nas.schedule().interval()).isEqualTo(Interval.parse("12h"));
        assertThat(nas.schedule().weekdays()).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        assertThat(nas.scheduleSource()).isEqualTo(ScheduleSource.USER);
        assertThat(overdueBoard.find(jobOf(LAPTOP)).orElseThrow().scheduleSource()).isNotEqualTo(ScheduleSource.USER);
        assertThat(monitoring.global().tolerance()).isEqualTo(Duration.ofHours(1));
        assertThat(monitoring.global().reminderFrequency()).isEqualTo(ReminderFrequency.WEEKLY);
    }

    @Test
    void settingsChangedInDupliwatchSurviveASecondImport() throws Exception {
        DuplistatusDatabaseFixture source = schema4();
        importer.importFrom(source.file());
        JobSchedule daily = new JobSchedule(Interval.parse("1D"), JobSchedule.ALL_DAYS, null, null, null);
        monitoring.updateJob(jobOf(NAS), new JobSettings(false, daily));
        GlobalMonitoringSettings global = monitoring.global();
        monitoring.updateGlobal(new GlobalSettingsOverrides(Duration.ofHours(6), global.checkInterval(),
                global.timeZone(), ReminderFrequency.ONCE));

        ImportSummary again = importer.importFrom(source.file());

        assertThat(again.jobSettings()).isZero();
        assertThat(overdueBoard.find(jobOf(NAS)).orElseThrow().enabled()).isFalse();
        assertThat(monitoring.global().tolerance()).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void theFirstSchemaWithMachinesIsImportedBestEffort() throws Exception {
        DuplistatusDatabaseFixture source = DuplistatusDatabaseFixture.create(temp.resolve("old.db"), "schema-1.0.sql")
                .execute("INSERT INTO machines (id, name) VALUES ('m1', 'oldbox')")
                .execute(backupRow("b1", "m1", "System", "DB-1"));

        ImportSummary summary = importer.importFrom(source.file());

        assertThat(summary).isEqualTo(new ImportSummary("unknown", 1, 1, 0, 0, 0, List.of()));
        assertThat(jdbc.sql("SELECT examined_files || '/' || size_of_examined_files || '/' || backup_list_count FROM runs")
                .query(String.class).single()).isEqualTo("42/5000/4");
        assertThat(jdbc.sql("SELECT name FROM servers WHERE id = 'm1'").query(String.class).single()).isEqualTo("oldbox");
    }

    @Test
    void serversAndJobsWithUnsafeIdsAreSkippedWithAMessage() throws Exception {
        DuplistatusDatabaseFixture source = DuplistatusDatabaseFixture.create(temp.resolve("unsafe.db"), "schema-1.0.sql")
                .execute("INSERT INTO machines (id, name) VALUES ('../../etc', 'evil'), ('m1', 'box')")
                .execute(backupRow("b1", "../../etc", "System", "DB-1"))
                .execute(backupRow("b2", "m1", "Photos", "DB 2/<x>"))
                .execute(backupRow("b3", "m1", "System", "DB-1"));

        ImportSummary summary = importer.importFrom(source.file());

        assertThat(summary.runsImported()).isEqualTo(1);
        assertThat(summary.skipped()).containsExactly(
                "server '../../etc' skipped: machine-id may only contain letters, digits, '-', '_', '.' and ':'"
                        + " (at most 128, not '.' or '..' alone)",
                "job 'Photos' of server m1 skipped: backup-id may only contain letters, digits, '-', '_', '.' and ':'"
                        + " (at most 128, not '.' or '..' alone)");
        assertThat(jdbc.sql("SELECT id FROM servers").query(String.class).list()).containsExactly("m1");
        assertThat(jdbc.sql("SELECT backup_name FROM jobs").query(String.class).list()).containsExactly("System");
    }

    private static String backupRow(String id, String machine, String job, String backupId) {
        return """
                INSERT INTO backups (id, machine_id, backup_name, backup_id, date, status, duration_seconds, size,
                                     uploaded_size, examined_files, warnings, errors, main_operation,
                                     parsed_result, begin_time, end_time, known_file_size, backup_list_count)
                VALUES ('%s', '%s', '%s', '%s', '2024-01-05T03:00:00.000Z', 'Success', 61, 5000,
                        100, 42, 0, 0, 'Backup', 'Success', '2024-01-05T03:00:00.000Z',
                        '2024-01-05T03:01:01.000Z', 7000, 4)
                """.formatted(id, machine, job, backupId);
    }

    @Test
    void aFileThatIsNotADuplistatusDatabaseIsRefused() throws Exception {
        Path text = Files.writeString(temp.resolve("backups.db"), "hello");

        assertThatThrownBy(() -> importer.importFrom(text)).isInstanceOf(InvalidSourceException.class)
                .hasMessageContaining("not an SQLite database");
        assertThatThrownBy(() -> importer.importFrom(temp.resolve("missing.db")))
                .isInstanceOf(InvalidSourceException.class);
    }

    @Test
    void theCommandImportsIntoAStoppedInstance() throws Exception {
        assumeFalse(TestDatabases.postgres());
        Path dataDir = Files.createDirectory(temp.resolve("data"));
        Path source = schema4().file();

        int first = Subcommands.run(DupliwatchApplication.class,
                new String[] {"import-duplistatus", source.toString(), "--dupliwatch.data-dir=" + dataDir});
        int second = Subcommands.run(DupliwatchApplication.class,
                new String[] {"import-duplistatus", source.toString(), "--dupliwatch.data-dir=" + dataDir});
        int wrong = Subcommands.run(DupliwatchApplication.class,
                new String[] {"import-duplistatus", "--dupliwatch.data-dir=" + dataDir});
        int unknown = Subcommands.run(DupliwatchApplication.class,
                new String[] {"no-such-command", "--dupliwatch.data-dir=" + dataDir});

        assertThat(List.of(first, second, wrong, unknown)).containsExactly(0, 0, 2, 2);
        assertThat(count(dataDir.resolve("dupliwatch.db"), "SELECT COUNT(*) FROM runs")).isEqualTo(3);
    }

    private long jobOf(String serverId) {
        return jdbc.sql("SELECT id FROM jobs WHERE server_id = :id").param("id", serverId).query(Long.class).single();
    }

    private DuplistatusDatabaseFixture schema4() throws SQLException {
        return DuplistatusDatabaseFixture.create(temp.resolve("backups-" + System.nanoTime() + ".db"), "schema-4.0.sql")
                .execute("INSERT INTO servers (id, name, alias, note, server_url) VALUES (?, 'nas', 'Office NAS', 'Rack 2, bottom', 'http://nas:8200')", NAS)
                .execute("INSERT INTO servers (id, name) VALUES (?, 'laptop')", LAPTOP)
                .execute(run("r1", NAS, "Documents", "2025-03-01T02:00:00.000Z", "Success", 0, "[]", "[\"2025-03-01T02:00:00.000Z\"]"))
                .execute(run("r2", NAS, "Documents", "2025-03-02T02:00:00.000Z", "Warning", 1, "[\"disk almost full\"]",
                        "[\"2025-03-02T02:00:00.000Z\",\"2025-03-01T02:00:00.000Z\"]"))
                .execute(run("r3", LAPTOP, "Profile", "2025-03-02 08:15:00", "Error", 0, "[]", "[]"))
                .execute("INSERT INTO configurations (key, value) VALUES ('backup_settings', ?)", """
                        {"%s:Documents": {"overdueBackupCheckEnabled": true, "expectedInterval": "12h",
                                           "allowedWeekDays": [1, 2, 3, 4, 5], "notificationEvent": "warnings"},
                         "%s:__default__": {"additionalEmails": "ops@example.com"},
                         "%s:Gone": {"expectedInterval": "1D"}}
                        """.formatted(NAS, NAS, LAPTOP))
                .execute("INSERT INTO configurations (key, value) VALUES ('overdue_tolerance', '1h')")
                .execute("INSERT INTO configurations (key, value) VALUES ('notification_frequency', 'every_week')");
    }

    private static String run(String id, String server, String job, String begin, String status, int warnings,
                              String warningsArray, String available) {
        return """
                INSERT INTO backups (id, server_id, backup_name, backup_id, date, status, duration_seconds, size,
                                     uploaded_size, examined_files, warnings, errors, messages_array, warnings_array,
                                     errors_array, available_backups, main_operation, parsed_result, version,
                                     begin_time, end_time, warnings_actual_length, messages_actual_length,
                                     bytes_downloaded, known_file_size, backup_list_count, size_of_examined_files)
                VALUES ('%s', '%s', '%s', 'DB-2', '%s', '%s', 95.5, 123456, 2048, 321, %d, 0, '["line one"]', '%s',
                        '[]', '%s', 'Backup', '%s', '2.1.0.5_stable_2025-03-04', '%s', '%s', %d, 1, 0, 900000, 2, 123456)
                """.formatted(id, server, job, begin, status, warnings, warningsArray, available,
                "Warning".equals(status) ? "Success" : status, begin, begin, warnings);
    }

    private static long count(Path database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
