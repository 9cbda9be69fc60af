package io.dupliwatch.notify;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.QueueDispatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import io.dupliwatch.notify.NotificationChannels.ChannelRequest;
import io.dupliwatch.testsupport.DatabaseCleaner;
import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.MutableClock;
import io.dupliwatch.testsupport.Samples;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19 end to end: restore and verification expectations make a job untested (API, status, one alert per
 * reminder period), the verification that arrives recovers it, and a failed verification is its own event.
 */
@NotifyIntegrationTest
class OperationAlertsIntegrationTest {

    private static final String NAS = "3f1c9a7be2d04c6f9a51d8e0b7c4a2f3";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NotificationChannels channels;

    @Autowired
    OutboxWorker worker;

    @Autowired
    MutableClock clock;

    @Autowired
    JsonMapper json;

    final MockWebServer hook = new MockWebServer();
    Http admin;
    long jobId;

    @BeforeEach
    void setUp() throws IOException {
        DatabaseCleaner.clean(jdbc);
        clock.set(NotifyIntegrationTest.START);
        admin = new Http(port).asAdmin();
        ((QueueDispatcher) hook.getDispatcher()).setFailFast(new MockResponse.Builder().code(418).build());
        hook.start();
        channels.create(new ChannelRequest("Ops webhook", "webhook", true,
                json.valueToTree(Map.of("url", hook.url("/hook").toString())), null));
        ObjectNode backup = (ObjectNode) json.readTree(Samples.text("duplicati/backup-success.json"));
        ((ObjectNode) backup.get("Data")).put("BeginTime", "2026-08-12T01:00:00Z");
        assertThat(admin.upload(backup.toString()).status()).isEqualTo(200);
        jobId = jdbc.sql("SELECT id FROM jobs WHERE server_id = :id").param("id", NAS).query(Long.class).single();
    }

    @AfterEach
    void tearDown() {
        hook.close();
    }

    @Test
    void aJobWithoutItsExpectedVerificationIsUntestedAlertedOnceAndRecoveredByTheVerification() {
        expect("{\"operationIntervals\": {\"Test\": \"1M\"}}");

        check();
        check();

        assertThat(events()).containsExactly("untested");
        JsonNode job = job();
        assertThat(job.get("status").stringValue()).isEqualTo("untested");
        assertThat(job.get("up").booleanValue()).isFalse();
        assertThat(job.get("untested").toString()).isEqualTo("[\"Test\"]");
        assertThat(job.get("operations").get("Test").get("last_success").isNull()).isTrue();
        assertThat(job.get("reason").stringValue()).contains("Test");

        clock.set(Instant.parse("2026-08-12T11:00:00Z"));
        assertThat(admin.upload(Samples.bytes("duplicati/test-verify.json")).status()).isEqualTo(200);

        assertThat(events()).containsExactly("untested", "recovered");
        job = job();
        assertThat(job.get("status").stringValue()).isEqualTo("ok");
        assertThat(job.get("untested").isEmpty()).isTrue();
        assertThat(job.get("operations").get("Test").get("last_status").stringValue()).isEqualTo("Success");
        assertThat(job.get("operations").get("Test").get("last_success").stringValue()).isEqualTo("2026-08-12T10:05:37.900Z");
        assertThat(job.get("operations").get("Backup").get("last_run").stringValue()).isEqualTo("2026-08-12T01:00:00Z");
    }

    @Test
    void aVerificationOlderThanItsIntervalMakesTheJobUntestedAgain() {
        assertThat(admin.upload(Samples.bytes("duplicati/test-verify.json")).status()).isEqualTo(200);
        expect("{\"operationIntervals\": {\"Test\": \"1W\"}}");
        check();
        assertThat(events()).isEmpty();

        clock.set(Instant.parse("2026-08-20T12:00:00Z"));
        check();

        assertThat(events()).containsExactly("untested");
        assertThat(job().get("untested").toString()).isEqualTo("[\"Test\"]");
    }

    @Test
    void aRestoreTestMeetsARestoreExpectation() {
        ObjectNode restoreTest = (ObjectNode) json.readTree(Samples.text("duplicati/test-verify.json"));
        ((ObjectNode) restoreTest.get("Data")).put("MainOperation", "RestoreTest");
        assertThat(admin.upload(restoreTest.toString()).status()).isEqualTo(200);

        JsonNode settings = expect("{\"operationIntervals\": {\"Restore\": \"3M\"}}");

        assertThat(settings.get("untested").isEmpty()).isTrue();
        assertThat(job().get("status").stringValue()).isEqualTo("ok");
        assertThat(job().get("operations").get("RestoreTest").get("last_status").stringValue()).isEqualTo("Success");
    }

    @Test
    void aFailedVerificationIsNotifiedAsOperationFailed() throws InterruptedException {
        ObjectNode failed = (ObjectNode) json.readTree(Samples.text("duplicati/test-verify.json"));
        ((ObjectNode) failed.get("Data")).put("ParsedResult", "Error").put("ErrorsActualLength", 1);
        hook.enqueue(new MockResponse.Builder().code(200).build());

        Http.Reply reply = admin.upload(failed.toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);

        assertThat(events()).containsExactly("operation_failed");
        assertThat(worker.drain()).isEqualTo(1);
        JsonNode posted = json.readTree(hook.takeRequest().getBody().utf8());
        assertThat(posted.get("event").stringValue()).isEqualTo("operation_failed");
        assertThat(posted.get("title").stringValue()).isEqualTo("❌ Verification Error - NAS Documents @ nas01");
        assertThat(posted.get("data").get("operation").stringValue()).isEqualTo("Test");
    }

    @Test
    void intervalsArePatchedOneOperationAtATimeAndUnknownOperationsAreRefused() {
        expect("{\"operationIntervals\": {\"Test\": \"1M\", \"Restore\": \"3M\"}}");

        JsonNode patched = expect("{\"operationIntervals\": {\"Test\": null}}");
        assertThat(patched.get("operationIntervals").toString()).isEqualTo("{\"Restore\":\"3M\"}");

        Http.Reply refused = admin.patchJson("/api/monitoring/jobs/" + jobId, "{\"operationIntervals\": {\"Backup\": \"1D\"}}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").stringValue()).isEqualTo("operationIntervals");
        Http.Reply badInterval = admin.patchJson("/api/monitoring/jobs/" + jobId, "{\"operationIntervals\": {\"Test\": \"soon\"}}");
        assertThat(badInterval.status()).isEqualTo(400);
        assertThat(badInterval.json().get("field").stringValue()).isEqualTo("operationIntervals.Test");
        assertThat(admin.get("/api/monitoring/jobs/" + jobId).json().get("operationIntervals").toString())
                .isEqualTo("{\"Restore\":\"3M\"}");
    }

    /** Sets the expectations of a job whose backups run monthly, so that it is never overdue here. */
    private JsonNode expect(String patch) {
        Http.Reply reply = admin.patchJson("/api/monitoring/jobs/" + jobId,
                "{\"interval\": \"1M\", " + patch.substring(1));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private void check() {
        assertThat(admin.postJson("/api/monitoring/check", "{}").status()).isEqualTo(200);
    }

    private List<String> events() {
        return jdbc.sql("SELECT kind FROM notify_events ORDER BY id").query(String.class).list();
    }

    private JsonNode job() {
        for (JsonNode job : admin.get("/api/jobs").json()) {
            if (job.get("job_id").longValue() == jobId) {
                return job;
            }
        }
        throw new AssertionError("job " + jobId + " not listed");
    }
}
