package io.dupliwatch.collect;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.dupliwatch.storage.StorageProperties;
import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.ServerTestBase;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CollectIntegrationTest extends ServerTestBase {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String MACHINE_ID = DuplicatiStub.MACHINE_ID;

    @Autowired
    StorageProperties storage;

    @Autowired
    AutoCollector autoCollector;

    CollectApi api;
    final List<DuplicatiStub> stubs = new ArrayList<>();

    @BeforeEach
    void setUp() {
        api = new CollectApi(port);
    }

    @AfterEach
    void stopStubs() {
        stubs.forEach(DuplicatiStub::close);
    }

    DuplicatiStub stub() {
        DuplicatiStub stub = DuplicatiStub.http();
        stubs.add(stub);
        return stub;
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    static String connection(String url, String password, boolean allowSelfSigned) {
        ObjectNode body = JSON.createObjectNode().put("url", url).put("allowSelfSigned", allowSelfSigned);
        if (password != null) {
            body.put("password", password);
        }
        return body.toString();
    }

    /** The report Duplicati pushes for a stored log row: the same result object under {@code Data}. */
    static String pushedReport(String rawRow, String machineId, String backupName, String backupId) {
        JsonNode message = JSON.readTree(JSON.readTree(rawRow).path("Message").stringValue());
        ObjectNode report = JSON.createObjectNode();
        report.set("Data", message);
        report.putObject("Extra").put("OperationName", "Backup").put("machine-id", machineId)
                .put("machine-name", "nas01").put("backup-name", backupName).put("backup-id", backupId);
        return report.toString();
    }

    static String sampleRow(String page, long id) {
        for (JsonNode row : JSON.readTree(DuplicatiStub.sample(page))) {
            if (row.path("ID").asLong() == id) {
                return row.toString();
            }
        }
        throw new IllegalArgumentException("no row " + id + " in " + page);
    }

    void pushDocumentsRow(long id, String machineId) {
        Http.Reply reply = api.upload(pushedReport(sampleRow(id > 3 ? "backup-1-log.page1.json"
                : "backup-1-log.page2.json", id), machineId, "Documents", "DB-1"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    JsonNode monitoringOf(String backupName) {
        for (JsonNode job : api.get("/api/monitoring/jobs").json()) {
            if (job.path("backupName").stringValue().equals(backupName)) {
                return job;
            }
        }
        throw new AssertionError("no monitoring for " + backupName);
    }

    // ---- tests ----------------------------------------------------------------------------------------------

    @Nested
    class Importing {

        @Test
        void everyStoredBackupLogBecomesARunAndRunsAlreadyPushedAreSkipped() {
            DuplicatiStub stub = stub();
            assertThat(api.send("POST", "/api/notifications/channels", """
                    {"name":"hook","kind":"webhook","enabled":true,"settings":{"url":"http://127.0.0.1:9/hook"}}
                    """).status()).isEqualTo(201);
            pushDocumentsRow(13, MACHINE_ID);
            pushDocumentsRow(4, MACHINE_ID);
            long notificationsOfPushedRuns = count("notify_events");
            assertThat(api.send("PUT", "/api/servers/" + MACHINE_ID + "/connection",
                    connection("http://" + stub.hostAndPort(), DuplicatiStub.PASSWORD, false)).status()).isEqualTo(200);

            Http.Reply collected = api.send("POST", "/api/servers/" + MACHINE_ID + "/collect", null);

            assertThat(collected.status()).as(collected.body()).isEqualTo(200);
            JsonNode result = collected.json();
            // job 1: 13 rows, one of them a "Verify files" test; job 2: 3 rows
            assertThat(result.path("jobs").asInt()).isEqualTo(2);
            assertThat(result.path("imported").asInt()).isEqualTo(13);
            assertThat(result.path("skipped").asInt()).isEqualTo(2);
            assertThat(result.path("failed").asInt()).isZero();
            assertThat(result.path("duplicatiUrl").stringValue()).isEqualTo("http://" + stub.hostAndPort());
            assertThat(count("runs WHERE source = 'PUSH'")).isEqualTo(2);
            assertThat(count("runs WHERE source = 'COLLECT'")).isEqualTo(13);
            assertThat(jdbc.sql("SELECT j.backup_name || ':' || j.run_count || ':' || j.latest_status FROM jobs j ORDER BY j.backup_name")
                    .query(String.class).list()).containsExactly("Documents:12:Success", "Photos:3:Success");
            assertThat(count("notify_events")).as("collected runs are history: no per-run notification")
                    .isEqualTo(notificationsOfPushedRuns).isPositive();
            assertThat(stub.logins()).isEqualTo(1);
            assertThat(stub.logouts()).isEqualTo(1);
        }

        @Test
        void collectedRunsShowInTheExternalApiAtOnce() {
            DuplicatiStub stub = stub();
            pushDocumentsRow(4, MACHINE_ID);
            assertThat(api.get("/api/lastbackups/" + MACHINE_ID).json().path("backup_jobs_count").asInt()).isEqualTo(1);
            assertThat(api.send("PUT", "/api/servers/" + MACHINE_ID + "/connection",
                    connection("http://" + stub.hostAndPort(), DuplicatiStub.PASSWORD, false)).status()).isEqualTo(200);

            assertThat(api.send("POST", "/api/servers/" + MACHINE_ID + "/collect", null).status()).isEqualTo(200);

            assertThat(api.get("/api/lastbackups/" + MACHINE_ID).json().path("backup_jobs_count").asInt())
                    .as("the answer kept before the collection is not served again").isEqualTo(2);
        }

        @Test
        void collectingAgainSkipsEverythingAlreadyCollected() {
            DuplicatiStub stub = stub();
            Http.Reply created = api.send("POST", "/api/servers/connections",
                    connection("http://" + stub.hostAndPort(), DuplicatiStub.PASSWORD, false));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            assertThat(created.json().path("serverId").stringValue()).isEqualTo(MACHINE_ID);
            assertThat(api.send("POST", "/api/servers/connections",
                    connection("http://" + stub.hostAndPort(), DuplicatiStub.PASSWORD, false)).status()).isEqualTo(409);
            api.send("POST", "/api/servers/" + MACHINE_ID + "/collect", null);

            JsonNode again = api.send("POST", "/api/servers/" + MACHINE_ID + "/collect", null).json();

            assertThat(again.path("imported").asInt()).isZero();
            assertThat(again.path("skipped").asInt()).isEqualTo(15);
            assertThat(count("runs")).isEqualTo(15);
            assertThat(api.get("/api/lastbackup/nas01").json().path("latest_backup").path("name").stringValue())
                    .isEqualTo("Documents");
        }

        @Test
        void theTargetUrlCredentialsAreNowhereInTheDatabase() throws IOException {
            DuplicatiStub stub = stub();
            api.send("POST", "/api/servers/connections", connection("http://" + stub.hostAndPort(), DuplicatiStub.PASSWORD, false));

            assertThat(api.send("POST", "/api/servers/" + MACHINE_ID + "/collect", null).status()).isEqualTo(200);

            for (Path file : databaseFiles()) {
                String content = Files.readString(file, StandardCharsets.ISO_8859_1);
                assertThat(content).as(file.toString())
                        .doesNotContain(DuplicatiStub.DOCUMENTS_TARGET_PASSWORD)
                        .doesNotContain(DuplicatiStub.PASSWORD)
                        .doesNotContain("auth-username=0035f1c8e4a7b9d0000000004");
            }
        }

        @Test
        void aJobWhoseIdIsUnsafeIsSkippedWithAMessageAndTheOthersAreCollected() {
            DuplicatiStub stub = stub();
            stub.backups(DuplicatiStub.sample("backups.json").replace("\"ID\":\"2\"", "\"ID\":\"2/../1\""));
            api.send("POST", "/api/servers/connections", connection("http://" + stub.hostAndPort(), DuplicatiStub.PASSWORD, false));

            JsonNode result = api.send("POST", "/api/servers/" + MACHINE_ID + "/collect", null).json();

            assertThat(result.path("imported").asInt()).isEqualTo(12);
            assertThat(result.path("failed").asInt()).isEqualTo(1);
            assertThat(result.path("errors").get(0).stringValue()).isEqualTo("Photos: skipped, backup-id may only"
                    + " contain letters, digits, '-', '_', '.' and ':' (at most 128, not '.' or '..' alone)");
            assertThat(jdbc.sql("SELECT DISTINCT backup_name FROM jobs").query(String.class).list())
                    .containsExactly("Documents");
        }

        @Test
        void aServerWhoseMachineIdIsUnsafeCannotBeAdded() {
            DuplicatiStub stub = stub();
            stub.systemInfo(DuplicatiStub.sample("systeminfo.trimmed.json").replace(MACHINE_ID, "nas/../../etc"));

            Http.Reply refused = api.send("POST", "/api/servers/connections",
                    connection("http://" + stub.hostAndPort(), DuplicatiStub.PASSWORD, false));

            assertThat(refused.status()).isEqualTo(502);
            assertThat(refused.json().path("error").stringValue()).startsWith("The server's machine-id may only contain");
            assertThat(count("duplicati_connections")).isZero();
        }

        List<Path> databaseFiles() throws IOException {
            try (var files = Files.list(storage.dataDir())) {
                return files.filter(f -> f.getFileName().toString().startsWith("dupliwatch.db")).toList();
            }
        }
    }

    @Nested
    class Schedules {

        @Test
        void eachJobsDuplicatiScheduleDrivesMonitoringUnlessTheUserSetOne() {
            DuplicatiStub stub = stub();
            assertThat(api.send("PUT", "/api/monitoring/settings", "{\"timeZone\":\"Europe/Berlin\"}").status())
                    .isEqualTo(200);
            assertThat(api.upload(pushedReport(sampleRow("backup-2-log.page1.json", 3), MACHINE_ID, "Photos", "DB-2"))
                    .status()).isEqualTo(200);
            long photos = jdbc.sql("SELECT id FROM jobs WHERE backup_name = 'Photos'").query(Long.class).single();
            assertThat(api.send("PUT", "/api/monitoring/jobs/" + photos, "{\"interval\":\"12h\"}").status())
                    .isEqualTo(200);
            api.send("PUT", "/api/servers/" + MACHINE_ID + "/connection",
                    connection("http://" + stub.hostAndPort(), DuplicatiStub.PASSWORD, false));

            JsonNode result = api.send("POST", "/api/servers/" + MACHINE_ID + "/collect", null).json();

            assertThat(result.path("schedulesApplied").asInt()).isEqualTo(1);
            JsonNode documents = monitoringOf("Documents");
            assertThat(documents.path("scheduleSource").stringValue()).isEqualTo("duplicati");
            assertThat(documents.path("interval").stringValue()).isEqualTo("1D");
            assertThat(documents.path("weekdays").toString())
                    .isEqualTo("[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\"]");
            assertThat(documents.path("timeOfDay").stringValue()).isEqualTo("02:00");
            JsonNode photosMonitoring = monitoringOf("Photos");
            assertThat(photosMonitoring.path("scheduleSource").stringValue()).isEqualTo("user");
            assertThat(photosMonitoring.path("interval").stringValue()).isEqualTo("12h");
        }

    }

    @Nested
    class TimeZones {

        @Test
        void collectingTakesTheServersZoneFromSystemInfoAndReadsItsSchedulesInIt() {
            DuplicatiStub stub = stub();
            assertThat(api.send("PUT", "/api/monitoring/settings", "{\"timeZone\":\"America/New_York\"}").status())
                    .isEqualTo(200);
            pushDocumentsRow(13, MACHINE_ID);
            api.send("PUT", "/api/servers/" + MACHINE_ID + "/connection",
                    connection("http://" + stub.hostAndPort(), DuplicatiStub.PASSWORD, false));

            Http.Reply collected = api.send("POST", "/api/servers/" + MACHINE_ID + "/collect", null);
            assertThat(collected.status()).as(collected.body()).isEqualTo(200);

            assertThat(jdbc.sql("SELECT time_zone || ' ' || time_zone_source FROM servers").query(String.class).single())
                    .isEqualTo("Europe/Berlin duplicati");
            JsonNode documents = monitoringOf("Documents");
            assertThat(documents.path("timeZone").stringValue()).isEqualTo("Europe/Berlin");
            assertThat(documents.path("timeOfDay").stringValue()).isEqualTo("02:00");
        }

        @Test
        void aZoneTheUserChoseIsKeptWhenCollecting() {
            DuplicatiStub stub = stub();
            pushDocumentsRow(13, MACHINE_ID);
            assertThat(api.send("PATCH", "/api/servers/" + MACHINE_ID, "{\"timeZone\":\"Asia/Tokyo\"}").status())
                    .isEqualTo(200);
            api.send("PUT", "/api/servers/" + MACHINE_ID + "/connection",
                    connection("http://" + stub.hostAndPort(), DuplicatiStub.PASSWORD, false));

            api.send("POST", "/api/servers/" + MACHINE_ID + "/collect", null);

            assertThat(monitoringOf("Documents").path("timeZone").stringValue()).isEqualTo("Asia/Tokyo");
        }

        @Test
        void testingAConnectionTakesTheZoneButAWindowsZoneNameIsIgnored() {
            DuplicatiStub stub = stub();
            pushDocumentsRow(13, MACHINE_ID);
            String path = "/api/servers/" + MACHINE_ID + "/connection/test";
            String body = connection("http://" + stub.hostAndPort(), DuplicatiStub.PASSWORD, false);
            stub.systemInfo(DuplicatiStub.sample("systeminfo.trimmed.json").replace("Europe/Berlin", "W. Europe Standard Time"));

            assertThat(api.send("POST", path, body).json().path("ok").booleanValue()).isTrue();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM servers WHERE time_zone IS NULL").query(Long.class).single()).isOne();

            stub.systemInfo(DuplicatiStub.sample("systeminfo.trimmed.json"));
            assertThat(api.send("POST", path, body).json().path("ok").booleanValue()).isTrue();

            assertThat(jdbc.sql("SELECT time_zone FROM servers").query(String.class).single()).isEqualTo("Europe/Berlin");
            assertThat(monitoringOf("Documents").path("timeZone").stringValue()).isEqualTo("Europe/Berlin");
        }
    }

    @Nested
    class Failing {

        @Test
        void aWrongPasswordIsA502NamingTheProblemAndIsRemembered() {
            DuplicatiStub stub = stub();
            pushDocumentsRow(13, MACHINE_ID);
            api.send("PUT", "/api/servers/" + MACHINE_ID + "/connection",
                    connection("http://" + stub.hostAndPort(), "not the password", false));

            Http.Reply reply = api.send("POST", "/api/servers/" + MACHINE_ID + "/collect", null);

            assertThat(reply.status()).isEqualTo(502);
            assertThat(reply.json().path("problem").stringValue()).isEqualTo("WRONG_PASSWORD");
            assertThat(reply.json().path("error").stringValue()).contains("refused the password");
            JsonNode last = api.get("/api/servers/" + MACHINE_ID + "/connection").json().path("lastCollection");
            assertThat(last.path("problem").stringValue()).isEqualTo("WRONG_PASSWORD");
            assertThat(count("runs")).isEqualTo(1);
        }

        @Test
        void anUnreachableHostFailsWithinTheConnectTimeout() throws IOException {
            pushDocumentsRow(13, MACHINE_ID);
            int closedPort;
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                closedPort = socket.getLocalPort();
            }
            api.send("PUT", "/api/servers/" + MACHINE_ID + "/connection",
                    connection("127.0.0.1:" + closedPort, DuplicatiStub.PASSWORD, false));

            long started = System.nanoTime();
            Http.Reply reply = api.send("POST", "/api/servers/" + MACHINE_ID + "/collect", null);

            assertThat(reply.status()).isEqualTo(502);
            assertThat(reply.json().path("problem").stringValue()).isEqualTo("UNREACHABLE");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        }

        @Test
        void aSelfSignedCertificateIsRefusedUntilAllowedThenPinned() throws Exception {
            HeldCertificate certificate = new HeldCertificate.Builder().addSubjectAlternativeName("localhost").build();
            DuplicatiStub stub = DuplicatiStub.https(new HandshakeCertificates.Builder()
                    .heldCertificate(certificate).build().sslSocketFactory());
            stubs.add(stub);
            pushDocumentsRow(13, MACHINE_ID);
            String path = "/api/servers/" + MACHINE_ID + "/connection";
            api.send("PUT", path, connection(stub.hostAndPort(), DuplicatiStub.PASSWORD, false));

            Http.Reply refused = api.send("POST", "/api/servers/" + MACHINE_ID + "/collect", null);

            assertThat(refused.status()).isEqualTo(502);
            assertThat(refused.json().path("problem").stringValue()).isEqualTo("UNTRUSTED_CERTIFICATE");
            assertThat(stub.requests()).isEmpty();

            api.send("PUT", path, connection(stub.hostAndPort(), null, true));
            Http.Reply allowed = api.send("POST", "/api/servers/" + MACHINE_ID + "/collect", null);

            assertThat(allowed.status()).as(allowed.body()).isEqualTo(200);
            assertThat(allowed.json().path("duplicatiUrl").stringValue()).isEqualTo("https://" + stub.hostAndPort());
            assertThat(api.get(path).json().path("pinnedCertificate").stringValue())
                    .isEqualTo(ServerCertificateTrust.fingerprint(certificate.certificate()));
        }
    }

    @Nested
    class Settings {

        @Test
        void thePasswordIsWriteOnlyAndEncryptedAtRest() {
            DuplicatiStub stub = stub();
            pushDocumentsRow(13, MACHINE_ID);
            String path = "/api/servers/" + MACHINE_ID + "/connection";

            Http.Reply saved = api.send("PUT", path, connection("http://" + stub.hostAndPort(), DuplicatiStub.PASSWORD, false));

            assertThat(saved.status()).isEqualTo(200);
            assertThat(saved.body()).doesNotContain(DuplicatiStub.PASSWORD);
            assertThat(api.get(path).body()).doesNotContain(DuplicatiStub.PASSWORD).contains("\"authentication\":\"password\"");
            String stored = jdbc.sql("SELECT secret FROM duplicati_connections").query(String.class).single();
            assertThat(stored).startsWith("v1:").doesNotContain(DuplicatiStub.PASSWORD);

            // saving without a password keeps the stored one
            api.send("PUT", path, connection("http://" + stub.hostAndPort(), null, false));
            assertThat(api.send("POST", "/api/servers/" + MACHINE_ID + "/collect", null).status()).isEqualTo(200);
        }

        @Test
        void aPreAuthenticatedTokenReplacesThePasswordAndTheConnectionCanBeRemoved() {
            DuplicatiStub stub = stub().preAuthToken("dupliwatch-collector-01");
            pushDocumentsRow(13, MACHINE_ID);
            String path = "/api/servers/" + MACHINE_ID + "/connection";
            String body = JSON.createObjectNode().put("url", "http://" + stub.hostAndPort())
                    .put("preAuthToken", "dupliwatch-collector-01").toString();

            assertThat(api.send("PUT", path, body).json().path("authentication").stringValue())
                    .isEqualTo("pre-auth-token");
            assertThat(api.send("POST", "/api/servers/" + MACHINE_ID + "/collect", null).json().path("imported").asInt())
                    .isEqualTo(14);
            assertThat(stub.logins()).isZero();

            assertThat(api.send("DELETE", path, null).status()).isEqualTo(204);
            assertThat(api.get(path).status()).isEqualTo(200);
            assertThat(api.get(path).body()).as("no connection any more").isEqualTo("null");
            assertThat(count("runs")).as("history stays").isEqualTo(15);
        }

        @Test
        void aServerWithoutAConnectionHasNullAndAnUnknownServerIs404() {
            pushDocumentsRow(13, MACHINE_ID);

            Http.Reply none = api.get("/api/servers/" + MACHINE_ID + "/connection");
            Http.Reply unknown = api.get("/api/servers/never-seen/connection");

            assertThat(none.status()).isEqualTo(200);
            assertThat(none.body()).isEqualTo("null");
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.json().path("error").stringValue()).contains("never-seen");
        }

        @Test
        void invalidSettingsAre400NamingTheField() {
            pushDocumentsRow(13, MACHINE_ID);
            String path = "/api/servers/" + MACHINE_ID + "/connection";

            Http.Reply noPassword = api.send("PUT", path, connection("192.168.1.20", null, false));
            Http.Reply badUrl = api.send("PUT", path, connection("ftp://nas01", "x", false));
            Http.Reply unknownServer = api.send("PUT", "/api/servers/nope/connection", connection("nas01", "x", false));

            assertThat(noPassword.status()).isEqualTo(400);
            assertThat(noPassword.json().path("field").stringValue()).isEqualTo("password");
            assertThat(badUrl.json().path("field").stringValue()).isEqualTo("url");
            assertThat(badUrl.json().path("error").stringValue()).contains("http://");
            assertThat(unknownServer.status()).isEqualTo(404);
            assertThat(unknownServer.json().has("error")).isTrue();
        }

        @Test
        void testingAConnectionReportsWhatTheServerSaysWithoutStoringAnything() {
            DuplicatiStub stub = stub();
            pushDocumentsRow(13, MACHINE_ID);
            String path = "/api/servers/" + MACHINE_ID + "/connection/test";

            JsonNode ok = api.send("POST", path, connection("http://" + stub.hostAndPort(), DuplicatiStub.PASSWORD, false)).json();
            JsonNode wrong = api.send("POST", path, connection("http://" + stub.hostAndPort(), "nope", false)).json();

            assertThat(ok.path("ok").booleanValue()).isTrue();
            assertThat(ok.path("machineName").stringValue()).isEqualTo("nas01");
            assertThat(ok.path("machineId").stringValue()).isEqualTo(MACHINE_ID);
            assertThat(ok.path("jobs").asInt()).isEqualTo(2);
            assertThat(wrong.path("ok").booleanValue()).isFalse();
            assertThat(wrong.path("problem").stringValue()).isEqualTo("WRONG_PASSWORD");
            assertThat(count("duplicati_connections")).isZero();
            assertThat(count("runs")).isEqualTo(1);
        }
    }

    @Nested
    class AllServers {

        @Test
        void collectAllRunsInTheBackgroundAndReportsProgressPerServer() {
            DuplicatiStub first = stub();
            DuplicatiStub second = stub();
            second.systemInfo(DuplicatiStub.sample("systeminfo.trimmed.json").replace(MACHINE_ID, "second-machine")
                    .replace("\"MachineName\":\"nas01\"", "\"MachineName\":\"nas02\""));
            api.send("POST", "/api/servers/connections", connection("http://" + first.hostAndPort(), DuplicatiStub.PASSWORD, false));
            api.send("POST", "/api/servers/connections", connection("http://" + second.hostAndPort(), DuplicatiStub.PASSWORD, false));

            Http.Reply started = api.send("POST", "/api/collect", null);

            assertThat(started.status()).isEqualTo(202);
            assertThat(started.json().path("total").asInt()).isEqualTo(2);
            JsonNode progress = awaitFinished();
            assertThat(progress.path("done").asInt()).isEqualTo(2);
            assertThat(progress.path("imported").asInt()).isEqualTo(30);
            assertThat(progress.path("servers").findValuesAsString("state")).containsOnly("done");
            assertThat(count("servers")).isEqualTo(2);
        }

        @Test
        void dueServersAreCollectedAutomaticallyAndNotAgainBeforeTheirInterval() {
            DuplicatiStub stub = stub();
            ObjectNode body = (ObjectNode) JSON.readTree(connection("http://" + stub.hostAndPort(), DuplicatiStub.PASSWORD, false));
            api.send("POST", "/api/servers/connections", body.put("autoCollectHours", 6).toString());

            autoCollector.collectDueServers();
            JsonNode progress = awaitFinished();
            autoCollector.collectDueServers();

            assertThat(progress.path("trigger").stringValue()).isEqualTo("automatic");
            assertThat(progress.path("imported").asInt()).isEqualTo(15);
            assertThat(api.get("/api/collect/progress").json().path("startedAt"))
                    .isEqualTo(progress.path("startedAt"));
            assertThat(stub.logins()).as("adding the server, then one automatic collection").isEqualTo(2);
        }

        JsonNode awaitFinished() {
            return await("collection finished").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                    .until(() -> api.get("/api/collect/progress").json(), progress -> !progress.path("running").booleanValue());
        }
    }
}
