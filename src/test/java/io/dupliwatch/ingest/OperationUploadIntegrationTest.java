package io.dupliwatch.ingest;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.Samples;
import io.dupliwatch.testsupport.ServerTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 19: every operation, reduced reports, and reports that carry their identity in the upload URL. */
class OperationUploadIntegrationTest extends ServerTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Nested
    class Operations {

        @Test
        void aRestoreIsStoredWithItsOwnFigures() {
            assertThat(http.upload(Samples.bytes("duplicati/restore.json")).status()).isEqualTo(200);

            Map<String, Object> row = jdbc.sql("SELECT operation, status, figures, reduced FROM operation_runs").query().singleRow();
            assertThat(row.get("operation")).isEqualTo("Restore");
            assertThat(row.get("status")).isEqualTo("Success");
            JsonNode figures = JSON.readTree((String) row.get("figures"));
            assertThat(figures.get("RestoredFiles").stringValue()).isEqualTo("212");
            assertThat(figures.get("RestorePath").stringValue()).isEqualTo("D:\\Restore\\2026-08-13");
            assertThat(figures.has("BackendStatistics")).as("nested results are left out").isFalse();
        }

        @Test
        void aVerificationCountsTheProblemsFoundInItsVolumes() {
            ObjectNode report = sample("test-verify.json");
            ((ObjectNode) report.path("Data").path("Verifications").get(1))
                    .putArray("Value").addObject().put("Key", "Extra").put("Value", "volume.dblock.zip");

            assertThat(http.upload(report.toString()).status()).isEqualTo(200);

            JsonNode figures = JSON.readTree(jdbc.sql("SELECT figures FROM operation_runs").query(String.class).single());
            assertThat(figures.get("Verifications").stringValue()).isEqualTo("3");
            assertThat(figures.get("VerificationProblems").stringValue()).isEqualTo("1");
        }

        @Test
        void theSameOperationTwiceIs409AndStoresNothingMore() {
            assertThat(http.upload(Samples.bytes("duplicati/restore.json")).status()).isEqualTo(200);

            Http.Reply again = http.upload(Samples.bytes("duplicati/restore.json"));

            assertThat(again.status()).isEqualTo(409);
            assertThat(again.json().get("error").stringValue()).isEqualTo(ReportIngestor.DUPLICATE);
            assertThat(count("operation_runs")).isEqualTo(1);
        }

        @Test
        void aRestoreTestAtTheSameTimeAsARestoreIsAnotherRun() {
            ObjectNode restoreTest = sample("restore.json");
            ((ObjectNode) restoreTest.path("Data")).put("MainOperation", "RestoreTest");

            assertThat(http.upload(Samples.bytes("duplicati/restore.json")).status()).isEqualTo(200);
            assertThat(http.upload(restoreTest.toString()).status()).isEqualTo(200);

            assertThat(jdbc.sql("SELECT COUNT(DISTINCT job_id) FROM operation_runs").query(Long.class).single()).isEqualTo(1);
            assertThat(count("operation_runs")).isEqualTo(2);
        }

        @Test
        void anOperationDupliwatchDoesNotKeepIsAcknowledgedAndNotStored() {
            ObjectNode list = sample("restore.json");
            ((ObjectNode) list.path("Data")).put("MainOperation", "List");

            Http.Reply reply = http.upload(list.toString());

            assertThat(reply.status()).isEqualTo(200);
            assertThat(count("operation_runs") + count("runs") + count("servers")).isZero();
        }
    }

    @Nested
    class ReducedReports {

        @Test
        void aReducedBackupIsStoredWithCountsFromActualLengthAndMessageIdsAsWarnings() {
            Http.Reply reply = http.upload(reduced("Backup"));

            assertThat(reply.status()).isEqualTo(200);
            Map<String, Object> run = jdbc.sql("SELECT warnings_count, reduced FROM runs").query().singleRow();
            assertThat(((Number) run.get("warnings_count")).longValue()).isEqualTo(1);
            assertThat(run.get("reduced")).isIn(true, 1, 1L);
            assertThat(jdbc.sql("SELECT warnings FROM run_logs").query(String.class).single())
                    .contains("[Warning-Duplicati.Library.Main.Operation.Backup.FileEnumerationProcess-FileAccessError]")
                    .contains("[ex:System.UnauthorizedAccessException]");
        }

        @Test
        void aReducedVerificationIsStoredAndMarkedReduced() {
            assertThat(http.upload(reduced("Test")).status()).isEqualTo(200);

            assertThat(jdbc.sql("SELECT operation FROM operation_runs WHERE reduced = TRUE").query(String.class).list())
                    .containsExactly("Test");
        }

        @Test
        void dataNullIs400NamingData() {
            Http.Reply reply = http.upload("{\"Data\":null,\"Extra\":{\"machine-id\":\"m1\",\"machine-name\":\"nas01\","
                    + "\"backup-id\":\"DB-1\",\"backup-name\":\"Docs\",\"report-mode\":\"reduced\"},\"LogLines\":[]}");

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.json().get("error").stringValue()).contains("Data");
            assertThat(reply.json().get("field").stringValue()).isEqualTo("Data");
            assertThat(count("servers")).isZero();
        }

        /** The rebuilt reduced report of the reference (duplicati-live-status.md section 5). */
        private static String reduced(String operation) {
            return """
                    {"Data":{"MainOperation":"%s","ParsedResult":"Warning","Interrupted":false,"ExaminedFiles":2900,
                      "WarningsActualLength":1,"ErrorsActualLength":0,"Warnings":[],"Errors":[],"Messages":[],
                      "BeginTime":"2026-10-10T12:47:26.78Z","EndTime":"2026-10-10T12:49:02.11Z","Duration":"00:01:35.3300000"},
                     "Extra":{"machine-id":"3f1c9a7be2d04c6f9a51d8e0b7c4a2f3","backup-id":"DB-3","backup-name":"Documents",
                      "machine-name":"nas01","operating-system":"Linux","next-scheduled-run":null,"update-channel":"Stable",
                      "report-mode":"reduced"},
                     "LogLines":["2026-10-10 14:47:29 +02 - [Warning-Duplicati.Library.Main.Operation.Backup.FileEnumerationProcess-FileAccessError] [ex:System.UnauthorizedAccessException]"],
                     "Exception":null}
                    """.formatted(operation);
        }
    }

    @Nested
    class IdentityInTheUploadUrl {

        @Test
        void missingIdentityComesFromTheQueryAndTheReportWins() {
            ObjectNode report = sample("backup-success.json");
            ObjectNode extra = (ObjectNode) report.path("Extra");
            extra.remove(List.of("machine-id", "backup-id"));
            extra.put("machine-name", "from-report");

            Http.Reply reply = http.post("/api/upload?machine-name=from-url&machine-id=m-url&backup-id=DB-9",
                    "application/json", report.toString().getBytes());

            assertThat(reply.status()).isEqualTo(200);
            assertThat(jdbc.sql("SELECT id || ' ' || name FROM servers").query(String.class).single())
                    .isEqualTo("m-url from-report");
            assertThat(jdbc.sql("SELECT backup_id FROM runs").query(String.class).single()).isEqualTo("DB-9");
        }

        @Test
        void unsafeIdsInTheQueryAre400NamingTheField() {
            ObjectNode report = sample("backup-success.json");
            ((ObjectNode) report.path("Extra")).remove("machine-id");

            Http.Reply reply = http.post("/api/upload?machine-id=..%2Fetc", "application/json", report.toString().getBytes());

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.json().get("field").stringValue()).isEqualTo("machine-id");
            assertThat(count("servers")).isZero();
        }

        @Test
        void theDerivedMachineIdIsStableSoAServerKeepsItsRuns() {
            byte[] report = Samples.bytes("duplicati/real-2.0.7.1-backup-success.wchorski-duplicati-dashboard.json");
            assertThat(http.post("/api/upload?machine-name=nas01", "application/json", report).status()).isEqualTo(200);

            Http.Reply again = http.post("/api/upload?machine-name=nas01", "application/json", report);

            assertThat(again.status()).as("same machine, job and begin time").isEqualTo(409);
            assertThat(count("servers")).isEqualTo(1);
        }
    }

    private static ObjectNode sample(String name) {
        return (ObjectNode) JSON.readTree(Samples.text("duplicati/" + name));
    }
}
