package io.dupliwatch.integrations.prometheus;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.dupliwatch.integrations.SampleReport;
import io.dupliwatch.report.Archive;
import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.Samples;
import io.dupliwatch.testsupport.ServerTestBase;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MetricsIntegrationTest extends ServerTestBase {

    static final String NAS = "3f1c9a7be2d04c6f9a51d8e0b7c4a2f3";
    static final String DB = "c07e5b9d1a2f4c8e6b3d0a9f7e1c5b2d";
    static final String LAPTOP = "a8d2e61f0c3b4e7f9a15c2d8e4b07f31";
    static final String ODD_SERVER = "café \"quoted\" \\ back";
    static final String ODD_JOB = "Fotos \"Ferien\" \\ 写真\nzweite Zeile";

    @Autowired
    Archive archive;

    Instant recent;

    @BeforeEach
    void setUp() {
        recent = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
    }

    @Test
    void everyJobIsExposedWithTheFiguresOfItsNewestRun() {
        uploadKnownDataSet();

        PrometheusText metrics = scrape();

        String[] nas = {"server", "nas01", "server_id", NAS, "job", "NAS Documents", "backup", "NAS Documents"};
        assertThat(metrics.value("dupliwatch_backup_last_run_timestamp_seconds", nas)).isEqualTo(recent.toEpochMilli() / 1000.0);
        assertThat(metrics.value("dupliwatch_backup_last_success_timestamp_seconds", nas)).isEqualTo(recent.toEpochMilli() / 1000.0);
        assertThat(metrics.value("dupliwatch_backup_last_status_code", nas)).isEqualTo(0.0);
        assertThat(metrics.value("dupliwatch_backup_up", nas)).isEqualTo(1.0);
        assertThat(metrics.value("dupliwatch_backup_overdue", nas)).isEqualTo(0.0);
        assertThat(metrics.value("dupliwatch_backup_next_expected_timestamp_seconds", nas))
                .isEqualTo(recent.plus(1, ChronoUnit.DAYS).toEpochMilli() / 1000.0);
        assertThat(metrics.value("dupliwatch_backup_last_duration_seconds", nas)).isCloseTo(277.2084617, within(1e-6));
        assertThat(metrics.value("dupliwatch_backup_last_examined_bytes", nas)).isEqualTo(118530226177.0);
        assertThat(metrics.value("dupliwatch_backup_last_uploaded_bytes", nas)).isEqualTo(54326403.0);
        assertThat(metrics.value("dupliwatch_backup_storage_used_bytes", nas)).isEqualTo(61204338877.0);
        assertThat(metrics.value("dupliwatch_backup_versions", nas)).isEqualTo(11.0);
        assertThat(metrics.value("dupliwatch_backup_last_warnings", nas)).isEqualTo(0.0);
        assertThat(metrics.value("dupliwatch_backup_last_errors", nas)).isEqualTo(0.0);

        String[] laptop = {"server", "LAPTOP-7QK2M9", "server_id", LAPTOP, "job", "Laptop - User profile", "backup", "Laptop - User profile"};
        assertThat(metrics.value("dupliwatch_backup_last_status_code", laptop)).isEqualTo(1.0);
        assertThat(metrics.value("dupliwatch_backup_last_success_timestamp_seconds", laptop))
                .isEqualTo(Instant.parse("2026-08-11T17:42:09.337Z").toEpochMilli() / 1000.0);
        assertThat(metrics.value("dupliwatch_backup_last_warnings", laptop)).isEqualTo(2.0);
        assertThat(metrics.value("dupliwatch_backup_overdue", laptop)).isEqualTo(1.0);
        assertThat(metrics.value("dupliwatch_backup_up", laptop)).isEqualTo(0.0);

        String[] postgres = {"server", "db-backup-01", "server_id", DB, "job", "Postgres dumps", "backup", "Postgres dumps"};
        assertThat(metrics.value("dupliwatch_backup_last_status_code", postgres)).isEqualTo(2.0);
        assertThat(metrics.value("dupliwatch_backup_last_errors", postgres)).isEqualTo(1.0);
        assertThat(metrics.value("dupliwatch_backup_last_success_timestamp_seconds", postgres))
                .as("never succeeded: no sample rather than a fake 0").isNull();

        String[] media = {"server", "db-backup-01", "server_id", DB, "job", "Media library", "backup", "Media library"};
        assertThat(metrics.value("dupliwatch_backup_last_status_code", media)).isEqualTo(3.0);
        for (String status : List.of("success", "warning", "error", "fatal", "unknown")) {
            assertThat(metrics.value("dupliwatch_backup_last_status", "server", "db-backup-01", "server_id", DB,
                    "job", "Media library", "backup", "Media library", "status", status)).as(status).isEqualTo(status.equals("fatal") ? 1.0 : 0.0);
        }

        assertThat(metrics.value("dupliwatch_server_jobs", "server", "db-backup-01", "server_id", DB)).isEqualTo(2.0);
        assertThat(metrics.value("dupliwatch_server_jobs_failed", "server", "db-backup-01", "server_id", DB)).isEqualTo(2.0);
        assertThat(metrics.value("dupliwatch_server_jobs_overdue", "server", "db-backup-01", "server_id", DB)).isEqualTo(2.0);
        assertThat(metrics.value("dupliwatch_server_last_run_timestamp_seconds", "server", "db-backup-01", "server_id", DB))
                .isEqualTo(Instant.parse("2026-08-12T01:30:00.073Z").toEpochMilli() / 1000.0);
        assertThat(metrics.value("dupliwatch_servers")).isEqualTo(4.0);
        assertThat(metrics.value("dupliwatch_jobs")).isEqualTo(5.0);
        assertThat(metrics.value("dupliwatch_jobs_overdue")).isEqualTo(3.0);
        assertThat(metrics.value("dupliwatch_jobs_failed")).isEqualTo(2.0);
        assertThat(metrics.value("dupliwatch_runs_stored")).isEqualTo(5.0);
    }

    @Test
    void quotesBackslashesNewlinesAndNonAsciiNamesAreEscapedInLabelValues() {
        uploadKnownDataSet();

        Http.Reply reply = http.get("/metrics");
        PrometheusText metrics = PrometheusText.parse(reply.body());

        assertThat(metrics.value("dupliwatch_backup_up", "server", ODD_SERVER, "server_id", "odd-1", "job", ODD_JOB, "backup", ODD_JOB)).isEqualTo(1.0);
        assertThat(reply.body()).contains("server=\"café \\\"quoted\\\" \\\\ back\"")
                .contains("backup=\"Fotos \\\"Ferien\\\" \\\\ 写真\\nzweite Zeile\"");
    }

    @Test
    void archivedJobsAreNotExposed() {
        uploadKnownDataSet();
        long postgres = jdbc.sql("SELECT id FROM jobs WHERE backup_name = 'Postgres dumps'").query(Long.class).single();

        archive.archiveJob(postgres);

        PrometheusText metrics = scrape();
        assertThat(metrics.value("dupliwatch_backup_up", "server", "db-backup-01", "server_id", DB, "job", "Postgres dumps", "backup", "Postgres dumps")).isNull();
        assertThat(metrics.value("dupliwatch_jobs")).isEqualTo(4.0);
        assertThat(metrics.value("dupliwatch_server_jobs", "server", "db-backup-01", "server_id", DB)).isEqualTo(1.0);
    }

    @Test
    void restoresAndVerificationsHaveTheirOwnGaugesPerJobAndOperation() {
        http.upload(Samples.bytes("duplicati/test-verify.json"));
        String failedRestore = Samples.text("duplicati/restore.json").replace("\"ParsedResult\":\"Success\"", "\"ParsedResult\":\"Error\"");
        assertThat(failedRestore).contains("\"ParsedResult\":\"Error\"");
        http.upload(failedRestore);

        PrometheusText metrics = scrape();

        String[] verification = {"server", "nas01", "server_id", NAS, "job", "NAS Documents", "backup", "NAS Documents",
                "operation", "Test"};
        assertThat(metrics.value("dupliwatch_operation_last_success_timestamp_seconds", verification))
                .isEqualTo(Instant.parse("2026-08-12T10:05:37.900Z").toEpochMilli() / 1000.0);
        assertThat(metrics.value("dupliwatch_operation_last_status", with(verification, "status", "success"))).isEqualTo(1.0);
        String[] restore = {"server", "LAPTOP-7QK2M9", "server_id", LAPTOP, "job", "Laptop - User profile",
                "backup", "Laptop - User profile", "operation", "Restore"};
        assertThat(metrics.value("dupliwatch_operation_last_status", with(restore, "status", "error"))).isEqualTo(1.0);
        assertThat(metrics.value("dupliwatch_operation_last_status", with(restore, "status", "success"))).isEqualTo(0.0);
        assertThat(metrics.value("dupliwatch_operation_last_success_timestamp_seconds", restore)).as("never succeeded").isNull();
        assertThat(metrics.value("dupliwatch_backup_untested", Arrays.copyOf(restore, 8))).isEqualTo(0.0);
    }

    private static String[] with(String[] labels, String name, String value) {
        String[] more = Arrays.copyOf(labels, labels.length + 2);
        more[labels.length] = name;
        more[labels.length + 1] = value;
        return more;
    }

    @Test
    void reportsReceivedAndRejectedAreCountedByReason() {
        PrometheusText before = scrape();

        http.upload(Samples.bytes("duplicati/backup-success.json"));
        http.upload(Samples.bytes("duplicati/backup-success.json"));
        http.upload("{\"Data\":null,\"Extra\":{}}");
        http.upload("{\"Data\":");

        PrometheusText after = scrape();
        assertThat(after.familyOf("dupliwatch_reports_received_total").type()).isEqualTo("counter");
        assertThat(delta(before, after, "dupliwatch_reports_received_total")).isEqualTo(4.0);
        assertThat(delta(before, after, "dupliwatch_reports_rejected_total", "reason", "duplicate")).isEqualTo(1.0);
        assertThat(delta(before, after, "dupliwatch_reports_rejected_total", "reason", "missing_fields")).isEqualTo(1.0);
        assertThat(delta(before, after, "dupliwatch_reports_rejected_total", "reason", "malformed_json")).isEqualTo(1.0);
        assertThat(after.value("dupliwatch_reports_rejected_total", "reason", "too_large"))
                .as("every reason exists from the start").isNotNull();
    }

    @Test
    void everyBackupFamilyIsATypedGaugeWithHelp() {
        uploadKnownDataSet();

        PrometheusText metrics = scrape();

        List<PrometheusText.Family> ours = metrics.families().values().stream()
                .filter(family -> family.name().startsWith("dupliwatch_") && !family.name().startsWith("dupliwatch_reports_"))
                .toList();
        assertThat(ours).hasSizeGreaterThanOrEqualTo(20)
                .allSatisfy(family -> {
                    assertThat(family.type()).as(family.name()).isEqualTo("gauge");
                    assertThat(family.help()).as(family.name()).isNotBlank();
                });
    }

    @Test
    void servesTextFormatByDefaultAndOpenMetricsWhenAsked() {
        Http.Reply text = http.get("/metrics");
        Http.Reply openMetrics = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/metrics"))
                .header("Accept", "application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5").GET());

        assertThat(text.status()).isEqualTo(200);
        assertThat(text.header("Content-Type")).startsWith("text/plain").contains("version=0.0.4");
        assertThat(openMetrics.header("Content-Type")).startsWith("application/openmetrics-text");
        assertThat(openMetrics.body()).endsWith("# EOF\n");
    }

    @Test
    void theShippedAlertRulesAndDashboardUseOnlyMetricsThatExist() throws IOException {
        uploadKnownDataSet();
        PrometheusText metrics = scrape();

        for (String file : List.of("docs/prometheus-alerts.yml", "docs/grafana-dashboard.json")) {
            Matcher names = Pattern.compile("dupliwatch_[a-z_]+").matcher(Files.readString(Path.of(file)));
            List<String> used = names.results().map(MatchResult::group).distinct().toList();
            assertThat(used).as(file).isNotEmpty().allSatisfy(name ->
                    assertThat(metrics.familyOf(name)).as(file + " uses " + name).isNotNull());
        }
    }

    private void uploadKnownDataSet() {
        List<String> reports = List.of(
                SampleReport.of("backup-success.json").begin(recent).json(),
                SampleReport.of("backup-warning.json").json(),
                SampleReport.of("backup-error.json").json(),
                SampleReport.of("backup-fatal.json").json(),
                SampleReport.of("backup-success.json").server("odd-1", ODD_SERVER).job(ODD_JOB).begin(recent).json());
        for (String report : reports) {
            assertThat(http.upload(report).status()).isEqualTo(200);
        }
    }

    private PrometheusText scrape() {
        Http.Reply reply = http.get("/metrics");
        assertThat(reply.status()).isEqualTo(200);
        return PrometheusText.parse(reply.body());
    }

    private static double delta(PrometheusText before, PrometheusText after, String name, String... labels) {
        Double old = before.value(name, labels);
        return after.value(name, labels) - (old == null ? 0 : old);
    }
}
