package io.dupliwatch.ingest;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.ServerTestBase;
import io.dupliwatch.testsupport.Samples;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class UploadIntegrationTest extends ServerTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Nested
    class EverySample {

        @Test
        void backupReportsAreStoredWithTheirStatus() {
            for (String sample : List.of("backup-success.json", "backup-warning.json", "backup-error.json",
                    "backup-fatal.json", "real-2.1.0.5-backup-success-trimmed.wsj-br-duplistatus.json",
                    "real-2.1.0.5-backup-success.specsnow-duplicati-discord-cloudflare-worker.json")) {
                Http.Reply reply = http.upload(Samples.bytes("duplicati/" + sample));
                assertThat(reply.status()).as(sample).isEqualTo(200);
                assertThat(reply.json().get("success").booleanValue()).isTrue();
            }
            assertThat(jdbc.sql("SELECT status FROM runs ORDER BY id").query(String.class).list())
                    .containsExactly("Success", "Warning", "Error", "Fatal", "Success", "Success");
        }

        @Test
        void restoresAndVerificationsAreStoredBesideTheBackups() {
            for (String sample : List.of("restore.json", "test-verify.json")) {
                Http.Reply reply = http.upload(Samples.bytes("duplicati/" + sample));
                assertThat(reply.status()).as(sample).isEqualTo(200);
            }
            assertThat(count("runs")).isZero();
            assertThat(jdbc.sql("SELECT operation FROM operation_runs ORDER BY id").query(String.class).list())
                    .containsExactly("Restore", "Test");
        }

        @Test
        void theRealDuplicati2071ReportIsStoredWithIdsDerivedFromItsNames() {
            Http.Reply reply = http.post("/api/upload?machine-name=nas01", "application/json",
                    Samples.bytes("duplicati/real-2.0.7.1-backup-success.wchorski-duplicati-dashboard.json"));

            assertThat(reply.status()).isEqualTo(200);
            List<String> row = jdbc.sql("SELECT s.id, s.name, j.backup_name, j.backup_id FROM jobs j JOIN servers s ON s.id = j.server_id")
                    .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).single();
            assertThat(row.get(0)).matches("name-[0-9a-f]{32}");
            assertThat(row.subList(1, 3)).containsExactly("nas01", "backup2");
            assertThat(row.get(3)).matches("name-[0-9a-f]{32}").isNotEqualTo(row.get(0));
            assertThat(jdbc.sql("SELECT main_operation FROM runs").query(String.class).single()).isEqualTo("Backup");
        }

        @Test
        void aReportWithoutAnyMachineNameTellsTheUserToAddItToTheUploadUrl() {
            Http.Reply reply = http.upload(Samples.bytes("duplicati/real-2.0.7.1-backup-success.wchorski-duplicati-dashboard.json"));

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.json().get("error").stringValue()).contains("?machine-name=NAME", "--send-http-url");
            assertThat(reply.json().get("missingFields").toString()).isEqualTo("[\"machine-name\"]");
            assertThat(count("servers")).isZero();
        }
    }

    @Nested
    class BadInput {

        @Test
        void malformedJsonIs400WithAJsonError() {
            assertRejected(http.upload("{\"Data\": "), 400, "Malformed JSON");
        }

        @Test
        void emptyBodyIs400() {
            assertRejected(http.upload(new byte[0]), 400, "Empty request body");
        }

        @Test
        void jsonNullNumberAndArrayAre400() {
            for (String body : List.of("null", "42", "[1,2]", "\"text\"")) {
                assertRejected(http.upload(body), 400, "must be a JSON object");
            }
        }

        @Test
        void formEncodedTextReportTellsTheUserToSwitchToJson() {
            Http.Reply reply = http.post("/api/upload", "application/x-www-form-urlencoded",
                    "message=Duplicati+Backup+report".getBytes());

            assertThat(reply.status()).isEqualTo(415);
            assertThat(reply.json().get("error").stringValue()).contains("--send-http-result-output-format=Json");
        }

        @Test
        void unreadableBeginTimeIs400NamingTheField() {
            String report = Samples.text("duplicati/backup-success.json")
                    .replace("\"BeginTime\":\"2026-08-10T00:00:00.4169381Z\"", "\"BeginTime\":\"yesterday\"");

            assertRejected(http.upload(report), 400, "BeginTime");
        }

        @Test
        void unsafeIdentifiersAre400NamingTheField() {
            for (String unsafe : List.of("..", ".", "a/b", "a\\b", "x y", "<script>", "id%2F", "é", "x".repeat(129))) {
                for (String field : List.of("machine-id", "backup-id")) {
                    Http.Reply reply = http.upload(withExtra(field, unsafe));

                    assertThat(reply.status()).as(field + " " + unsafe).isEqualTo(400);
                    assertThat(reply.json().get("field").stringValue()).isEqualTo(field);
                    assertThat(reply.json().get("error").stringValue()).contains(field + " may only contain");
                }
            }
            assertThat(count("servers")).isZero();
        }

        @Test
        void aCounterBeyondSixtyFourBitsIs400NamingTheField() {
            String report = Samples.text("duplicati/backup-success.json")
                    .replace("\"ExaminedFiles\":48213", "\"ExaminedFiles\":18446744073709551616");

            Http.Reply reply = http.upload(report);

            assertRejected(reply, 400, "Data.ExaminedFiles must be a whole number of at most 64 bits");
            assertThat(reply.json().get("field").stringValue()).isEqualTo("Data.ExaminedFiles");
        }

        @Test
        void idsWithEverySafeCharacterAreAccepted() {
            String id = "Host_01.example:8200-" + "x".repeat(107);

            assertThat(http.upload(withExtra("machine-id", id)).status()).isEqualTo(200);
            assertThat(jdbc.sql("SELECT id FROM servers").query(String.class).single()).isEqualTo(id);
        }

        private static String withExtra(String field, String value) {
            ObjectNode report = (ObjectNode) JSON.readTree(Samples.text("duplicati/backup-success.json"));
            ((ObjectNode) report.get("Extra")).put(field, value);
            return report.toString();
        }

        @Test
        void sameJsonWithoutContentTypeIsAccepted() {
            Http.Reply reply = http.post("/api/upload", null, Samples.bytes("duplicati/backup-success.json"));

            assertThat(reply.status()).isEqualTo(200);
        }

        private void assertRejected(Http.Reply reply, int status, String message) {
            assertThat(reply.status()).isEqualTo(status);
            assertThat(reply.header("Content-Type")).contains("json");
            JsonNode error = reply.json().get("error");
            assertThat(error).as(reply.body()).isNotNull();
            assertThat(error.stringValue()).contains(message);
            assertThat(count("runs")).isZero();
        }
    }

    @Nested
    class NewServersPerAddress {

        private String report(String machineId) {
            ObjectNode report = (ObjectNode) JSON.readTree(Samples.text("duplicati/backup-success.json"));
            ((ObjectNode) report.get("Extra")).put("machine-id", machineId).put("machine-name", machineId);
            return report.toString();
        }

        @Test
        void pastTheHourlyCapANewMachineIdIs429WhileKnownServersKeepReporting() {
            for (int i = 0; i < 100; i++) {
                assertThat(http.upload(report("junk-" + i)).status()).isEqualTo(200);
            }

            Http.Reply refused = http.upload(report("junk-100"));

            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.json().get("error").stringValue()).contains("new-servers-per-address-per-hour");
            assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3601L);
            assertThat(count("servers")).isEqualTo(100);
            String known = report("junk-7").replace("2026-08-10T00:00:00.4169381Z", "2026-08-11T00:00:00Z");
            assertThat(http.upload(known).status()).isEqualTo(200);
            assertThat(count("runs")).isEqualTo(101);
        }

        @Test
        void theCapCountsWhatTheDatabaseHoldsSoEveryInstanceSharesIt() {
            assertThat(http.upload(report("here")).status()).isEqualTo(200);
            String address = jdbc.sql("SELECT address FROM ingest_server_origins").query(String.class).single();
            long now = System.currentTimeMillis();
            for (int i = 0; i < 99; i++) { // created through other instances a minute ago
                origin("elsewhere-" + i, address, now - 60_000);
            }
            origin("over-an-hour-ago", address, now - 3_700_000);

            Http.Reply refused = http.upload(report("fresh"));

            assertThat(refused.status()).isEqualTo(429);
            assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(3400L, 3601L);
        }

        private void origin(String serverId, String address, long createdAt) {
            jdbc.sql("INSERT INTO ingest_server_origins (server_id, address, created_at) VALUES (:id, :address, :at)")
                    .param("id", serverId).param("address", address).param("at", createdAt).update();
        }
    }

    @Test
    void aMachineNameWithLineBreaksAndBidiOverridesIsLoggedAsOneLineWithVisibleEscapes() {
        Logger logger = (Logger) LoggerFactory.getLogger(ReportIngestor.class);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        logger.addAppender(captured);
        // Subcommand tests run in this JVM with the root logger at WARN; this test reads an INFO line.
        Level level = logger.getLevel();
        logger.setLevel(Level.INFO);
        try {
            ObjectNode report = (ObjectNode) JSON.readTree(Samples.text("duplicati/backup-success.json"));
            ((ObjectNode) report.get("Extra")).put("machine-name",
                    "nas\r\n2026-12-08T00:00:00Z ERROR 1 --- [main] Admin password reset\u202Eexe.txt");

            assertThat(http.upload(report.toString()).status()).isEqualTo(200);
        }
        finally {
            logger.setLevel(level);
            logger.detachAppender(captured);
        }

        assertThat(captured.list).singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
                .contains("server=nas\\r\\n2026-12-08T00:00:00Z ERROR 1 --- [main] Admin password reset\\u202Eexe.txt (")
                .doesNotContain("\n", "\r", "\u202E");
    }

    @Test
    void aFiveMegabyteReportWithFiftyThousandLogLinesIsAccepted() {
        String report = Samples.text("duplicati/backup-success.json");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            lines.append(i == 0 ? "" : ",").append("\"2026-08-10 02:00:00 +02 - [Information-Duplicati.Library.Main.BasicResults-BackendEvent]: Backend event: Put - Completed: duplicati-")
                    .append(i).append(".dblock.zip.aes (49.98 MiB)\"");
        }
        String big = report.substring(0, report.indexOf("\"LogLines\":[") + 12) + lines + report.substring(report.lastIndexOf("],\"Exception\""));
        assertThat(big.length()).isGreaterThan(5_000_000);

        Http.Reply reply = http.upload(big);

        assertThat(reply.status()).isEqualTo(200);
        String stored = jdbc.sql("SELECT messages FROM run_logs").query(String.class).single();
        assertThat(stored).endsWith("\"... 40000 more lines not stored by Dupliwatch\"]");
    }

    @Test
    void aBodyOverTheConfiguredLimitIs413() {
        byte[] huge = new byte[21 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');

        Http.Reply reply = http.upload(huge);

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.json().get("error").stringValue()).contains("max-body-size");
    }
}

