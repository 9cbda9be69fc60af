package io.dupliwatch.integrations.relay;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.dupliwatch.integrations.SampleReport;
import io.dupliwatch.report.DuplicatiResultMapper;
import io.dupliwatch.report.ReportIdentity;
import io.dupliwatch.report.RunRecorder;
import io.dupliwatch.report.RunSource;
import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.ServerTestBase;
import io.dupliwatch.testsupport.Samples;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@TestPropertySource(properties = {"dupliwatch.heartbeat.retry-delay=50ms", "dupliwatch.heartbeat.timeout=2s"})
class HeartbeatIntegrationTest extends ServerTestBase {

    static final String NAS = "3f1c9a7be2d04c6f9a51d8e0b7c4a2f3";

    @Autowired
    RunRecorder recorder;

    MockWebServer monitor;
    Instant recent;

    @BeforeEach
    void setUp() throws Exception {
        monitor = new MockWebServer();
        monitor.start();
        recent = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
    }

    @AfterEach
    void tearDown() {
        monitor.close();
    }

    @Nested
    class Healthchecks {

        @Test
        void aSuccessfulRunPostsItsSummaryToThePingUrl() throws Exception {
            long job = jobOf(SampleReport.of("backup-success.json").begin(recent.minus(1, ChronoUnit.DAYS)));
            configure(job, "/ping/5bf3", null);
            monitor.enqueue(new MockResponse.Builder().code(200).body("OK").build());

            upload(SampleReport.of("backup-success.json").begin(recent));

            RecordedRequest ping = monitor.takeRequest(5, TimeUnit.SECONDS);
            assertThat(ping).isNotNull();
            assertThat(ping.getMethod()).isEqualTo("POST");
            assertThat(ping.getUrl().encodedPath()).isEqualTo("/ping/5bf3");
            assertThat(ping.getBody().utf8()).startsWith("nas01 / NAS Documents: Success (warnings: 0, errors: 0), started " + recent);
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                JsonNode config = admin.get(path(job)).json();
                assertThat(config.get("last_signal").stringValue()).isEqualTo("up");
                assertThat(config.get("last_error").isNull()).isTrue();
                assertThat(config.get("last_sent_at").isNull()).isFalse();
            });
        }

        @Test
        void aFailedRunPingsTheFailUrl() throws Exception {
            long job = jobOf(SampleReport.of("backup-error.json").begin(recent.minus(1, ChronoUnit.DAYS)));
            configure(job, "/ping/5bf3", "healthchecks");
            monitor.enqueue(new MockResponse.Builder().code(200).build());

            upload(SampleReport.of("backup-error.json").begin(recent));

            RecordedRequest ping = monitor.takeRequest(5, TimeUnit.SECONDS);
            assertThat(ping.getUrl().encodedPath()).isEqualTo("/ping/5bf3/fail");
            assertThat(ping.getBody().utf8()).contains("Error (warnings: 0, errors: 1)");
        }

        @Test
        void serverErrorsAreRetriedUntilDelivered() throws Exception {
            long job = jobOf(SampleReport.of("backup-success.json").begin(recent.minus(1, ChronoUnit.DAYS)));
            configure(job, "/ping/5bf3", null);
            monitor.enqueue(new MockResponse.Builder().code(503).build());
            monitor.enqueue(new MockResponse.Builder().code(502).build());
            monitor.enqueue(new MockResponse.Builder().code(200).build());

            upload(SampleReport.of("backup-success.json").begin(recent));

            for (int i = 0; i < 3; i++) {
                assertThat(monitor.takeRequest(5, TimeUnit.SECONDS)).as("attempt " + (i + 1)).isNotNull();
            }
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(admin.get(path(job)).json().get("last_signal").stringValue()).isEqualTo("up"));
            assertThat(admin.get(path(job)).json().get("last_error").isNull()).isTrue();
        }

        @Test
        void retriesAreBoundedAndTheFailureIsRecorded() throws Exception {
            long job = jobOf(SampleReport.of("backup-success.json").begin(recent.minus(1, ChronoUnit.DAYS)));
            configure(job, "/ping/5bf3", null);
            for (int i = 0; i < 4; i++) {
                monitor.enqueue(new MockResponse.Builder().code(500).build());
            }

            upload(SampleReport.of("backup-success.json").begin(recent));

            await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(admin.get(path(job)).json().get("last_error").stringValue()).isEqualTo("HTTP 500"));
            assertThat(monitor.takeRequest(1, TimeUnit.SECONDS)).isNotNull();
            assertThat(monitor.getRequestCount()).as("three attempts, then it gives up").isEqualTo(3);
        }

        @Test
        void aClientErrorIsNotRetried() throws Exception {
            long job = jobOf(SampleReport.of("backup-success.json").begin(recent.minus(1, ChronoUnit.DAYS)));
            configure(job, "/ping/unknown-uuid", null);
            monitor.enqueue(new MockResponse.Builder().code(404).build());
            monitor.enqueue(new MockResponse.Builder().code(200).build());

            upload(SampleReport.of("backup-success.json").begin(recent));

            // The sender records an error only once it stops trying: from then on no retry can come.
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(admin.get(path(job)).json().get("last_error").stringValue()).isEqualTo("HTTP 404"));
            assertThat(monitor.getRequestCount()).isEqualTo(1);
        }

        @Test
        void aRedirectIsNotFollowedNorRetried() throws Exception {
            try (MockWebServer elsewhere = new MockWebServer()) {
                elsewhere.start();
                long job = jobOf(SampleReport.of("backup-success.json").begin(recent.minus(1, ChronoUnit.DAYS)));
                configure(job, "/ping/5bf3-secret-uuid", null);
                monitor.enqueue(new MockResponse.Builder().code(302)
                        .setHeader("Location", elsewhere.url("/steal").toString()).build());

                upload(SampleReport.of("backup-success.json").begin(recent));

                await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                        assertThat(admin.get(path(job)).json().get("last_error").stringValue())
                                .isEqualTo("redirected to another address (302); update the URL"));
                assertThat(monitor.getRequestCount()).isEqualTo(1);
                assertThat(elsewhere.getRequestCount()).isZero();
            }
        }

        @Test
        void aCloudMetadataAddressIsRefusedWithoutAnAttempt() {
            long job = jobOf(SampleReport.of("backup-success.json").begin(recent.minus(1, ChronoUnit.DAYS)));
            assertThat(put(job, "{\"url\":\"http://169.254.169.254/latest/meta-data/\"}").status()).isEqualTo(200);

            upload(SampleReport.of("backup-success.json").begin(recent));

            await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(admin.get(path(job)).json().get("last_error").stringValue())
                            .isEqualTo("169.254.169.254 resolves to 169.254.169.254, a link-local or cloud-metadata"
                                    + " address: refused unless dupliwatch.outbound.allow-link-local=true"));
        }

        @Test
        void aSlowMonitorDoesNotSlowTheUploadDown() throws Exception {
            long job = jobOf(SampleReport.of("backup-success.json").begin(recent.minus(1, ChronoUnit.DAYS)));
            configure(job, "/ping/5bf3", null);
            monitor.enqueue(new MockResponse.Builder().code(200).headersDelay(1500, TimeUnit.MILLISECONDS).build());

            long started = System.nanoTime();
            upload(SampleReport.of("backup-success.json").begin(recent));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(took).isLessThan(Duration.ofMillis(1000));
            assertThat(monitor.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
        }
    }

    @Nested
    class UptimeKuma {

        @Test
        void aWarningIsUpAndAFailureIsDownWithTheMessage() throws Exception {
            long job = jobOf(SampleReport.of("backup-warning.json").begin(recent.minus(2, ChronoUnit.DAYS)));
            JsonNode config = configure(job, "/api/push/Ab12?status=up&msg=OK&ping=", null);
            assertThat(config.get("kind").stringValue()).isEqualTo("uptime-kuma");
            monitor.enqueue(new MockResponse.Builder().code(200).body("{\"ok\":true}").build());
            monitor.enqueue(new MockResponse.Builder().code(200).body("{\"ok\":true}").build());

            upload(SampleReport.of("backup-warning.json").begin(recent.minus(1, ChronoUnit.DAYS)));
            RecordedRequest up = monitor.takeRequest(5, TimeUnit.SECONDS);
            upload(SampleReport.of("backup-fatal.json").server("a8d2e61f0c3b4e7f9a15c2d8e4b07f31", "LAPTOP-7QK2M9")
                    .job("Laptop - User profile").begin(recent));
            RecordedRequest down = monitor.takeRequest(5, TimeUnit.SECONDS);

            assertThat(up.getMethod()).isEqualTo("GET");
            assertThat(up.getUrl().encodedPath()).isEqualTo("/api/push/Ab12");
            assertThat(up.getUrl().queryParameter("status")).isEqualTo("up");
            assertThat(up.getUrl().queryParameter("ping")).isNull();
            assertThat(up.getUrl().queryParameter("msg")).startsWith("LAPTOP-7QK2M9 / Laptop - User profile: Warning (warnings: 2");
            assertThat(down.getUrl().queryParameter("status")).isEqualTo("down");
            assertThat(down.getUrl().queryParameter("msg")).contains("Fatal");
        }
    }

    @Nested
    class OnlyNews {

        @Test
        void collectedRunsAreNotRelayed() throws Exception {
            long job = jobOf(SampleReport.of("backup-success.json").begin(recent.minus(1, ChronoUnit.DAYS)));
            configure(job, "/ping/5bf3", null);
            monitor.enqueue(new MockResponse.Builder().code(200).build());
            JsonNode report = JsonMapper.builder().build().readTree(SampleReport.of("backup-success.json").begin(recent).json());

            recorder.record(DuplicatiResultMapper.map(report.get("Data"),
                    new ReportIdentity(NAS, "nas01", "NAS Documents", "DB-1"), Map.of(), null, null), RunSource.COLLECT);

            assertThat(monitor.takeRequest(700, TimeUnit.MILLISECONDS)).isNull();
        }

        @Test
        void anOlderRunArrivingLateIsNotRelayed() throws Exception {
            long job = jobOf(SampleReport.of("backup-success.json").begin(recent));
            configure(job, "/ping/5bf3", null);
            monitor.enqueue(new MockResponse.Builder().code(200).build());

            upload(SampleReport.of("backup-error.json").server(NAS, "nas01").job("NAS Documents")
                    .begin(recent.minus(1, ChronoUnit.DAYS)));

            assertThat(monitor.takeRequest(700, TimeUnit.MILLISECONDS)).isNull();
        }

        @Test
        void jobsWithoutHeartbeatSendNothing() throws Exception {
            upload(SampleReport.of("backup-success.json").begin(recent));

            assertThat(monitor.takeRequest(500, TimeUnit.MILLISECONDS)).isNull();
        }
    }

    @Nested
    class Configuration {

        @Test
        void isReadBackWithoutItsTokenAndCanBeRemoved() {
            long job = jobOf(SampleReport.of("backup-success.json").begin(recent));
            JsonNode saved = configure(job, "/ping/5bf3-secret-uuid", null);

            assertThat(saved.get("job_id").longValue()).isEqualTo(job);
            assertThat(saved.get("url_hint").stringValue()).isEqualTo("http://localhost:" + monitor.getPort() + "/…");
            assertThat(saved.get("kind").stringValue()).isEqualTo("healthchecks");
            Http.Reply read = admin.get(path(job));
            assertThat(read.json().get("url_hint").stringValue()).isEqualTo(saved.get("url_hint").stringValue());
            assertThat(read.body() + saved).doesNotContain("5bf3-secret-uuid");
            assertThat(jdbc.sql("SELECT url_secret FROM job_heartbeats").query(String.class).single())
                    .as("encrypted at rest").startsWith("v1:").doesNotContain("5bf3-secret-uuid");

            assertThat(admin.send(request(job).DELETE()).status()).isEqualTo(204);
            Http.Reply gone = admin.get(path(job));
            assertThat(gone.status()).isEqualTo(404);
            assertThat(gone.json().get("error").stringValue()).isEqualTo("Heartbeat not configured");
        }

        @Test
        void aUrlThatNoLongerDecryptsIsReportedNotSent() throws Exception {
            long job = jobOf(SampleReport.of("backup-success.json").begin(recent.minus(1, ChronoUnit.DAYS)));
            configure(job, "/ping/5bf3", null);
            jdbc.sql("UPDATE job_heartbeats SET url_secret = 'v1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'").update();

            upload(SampleReport.of("backup-success.json").begin(recent));

            await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(admin.get(path(job)).json().get("last_error").stringValue()).contains("set it again"));
            assertThat(monitor.getRequestCount()).isZero();
        }

        @Test
        void aMissingOrNonHttpUrlIs400NamingTheField() {
            long job = jobOf(SampleReport.of("backup-success.json").begin(recent));

            for (String body : new String[] {"{}", "{\"url\":\"ftp://example.org/x\"}", "{\"url\":\"not a url\"}"}) {
                Http.Reply reply = put(job, body);
                assertThat(reply.status()).as(body).isEqualTo(400);
                assertThat(reply.json().get("field").stringValue()).isEqualTo("url");
                assertThat(reply.json().get("error").stringValue()).startsWith("url ");
            }
        }

        @Test
        void anUnknownKindIs400NamingTheField() {
            long job = jobOf(SampleReport.of("backup-success.json").begin(recent));

            Http.Reply reply = put(job, "{\"url\":\"https://hc-ping.com/x\",\"kind\":\"nagios\"}");

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.json().get("field").stringValue()).isEqualTo("kind");
        }

        @Test
        void anUnknownJobIs404() {
            Http.Reply reply = put(424242, "{\"url\":\"https://hc-ping.com/x\"}");

            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.json().get("error").stringValue()).isEqualTo("Job not found");
        }
    }

    private long jobOf(SampleReport report) {
        upload(report);
        return jdbc.sql("SELECT MAX(id) FROM jobs").query(Long.class).single();
    }

    private void upload(SampleReport report) {
        assertThat(admin.upload(report.json()).status()).isEqualTo(200);
    }

    private JsonNode configure(long job, String monitorPath, String kind) {
        String url = monitor.url("/").toString().replaceAll("/$", "") + monitorPath;
        Http.Reply reply = put(job, kind == null ? "{\"url\":\"" + url + "\"}" : "{\"url\":\"" + url + "\",\"kind\":\"" + kind + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private Http.Reply put(long job, String body) {
        return admin.send(request(job).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(long job) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path(job)));
    }

    private static String path(long job) {
        return "/api/integrations/jobs/" + job + "/heartbeat";
    }
}
