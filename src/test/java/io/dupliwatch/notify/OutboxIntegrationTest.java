package io.dupliwatch.notify;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.QueueDispatcher;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.dupliwatch.monitoring.JobOverdue;
import io.dupliwatch.monitoring.JobRecovered;
import io.dupliwatch.notify.DeliveryLog.Delivery;
import io.dupliwatch.notify.DeliveryLog.Outcome;
import io.dupliwatch.notify.NotificationChannels.ChannelRequest;
import io.dupliwatch.notify.NotificationSettings.JobSettingsRequest;
import io.dupliwatch.testsupport.DatabaseCleaner;
import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.MutableClock;
import io.dupliwatch.testsupport.Samples;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@NotifyIntegrationTest
class OutboxIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NotificationChannels channels;

    @Autowired
    NotificationSettings settings;

    @Autowired
    OutboxWorker worker;

    @Autowired
    MutableClock clock;

    @Autowired
    JsonMapper json;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    DeliveryLog deliveries;

    final MockWebServer hook = new MockWebServer();
    final MockWebServer ntfy = new MockWebServer();
    Http http;

    @BeforeEach
    void setUp() throws IOException {
        DatabaseCleaner.clean(jdbc);
        clock.set(NotifyIntegrationTest.START);
        http = new Http(port);
        for (MockWebServer server : List.of(hook, ntfy)) {
            // an unexpected request gets an error at once instead of waiting for a response that never comes
            ((QueueDispatcher) server.getDispatcher()).setFailFast(new MockResponse.Builder().code(418).build());
            server.start();
        }
    }

    @AfterEach
    void tearDown() {
        hook.close();
        ntfy.close();
    }

    long webhookChannel() {
        return channel("Ops webhook", "webhook", Map.of("url", hook.url("/hook").toString()));
    }

    long ntfyChannel() {
        return channel("Phone", "ntfy", Map.of("serverUrl", ntfy.url("/").toString(), "topic", "backups"));
    }

    long channel(String name, String kind, Map<String, Object> settings) {
        return channels.create(new ChannelRequest(name, kind, true, json.valueToTree(settings), null)).id();
    }

    long pending() {
        return jdbc.sql("SELECT COUNT(*) FROM notify_outbox").query(Long.class).single();
    }

    /** The delivery log, oldest attempt first. */
    List<Delivery> log() {
        List<Delivery> newestFirst = new ArrayList<>(deliveries.list(new DeliveryLog.Query(null, null, null, null, 100)));
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    static void ok(MockWebServer server, int times) {
        for (int i = 0; i < times; i++) {
            server.enqueue(new MockResponse.Builder().code(200).build());
        }
    }

    @Nested
    class Upload {

        @Test
        void failedRunProducesExactlyOneNotificationPerEnabledChannel() throws Exception {
            webhookChannel();
            ntfyChannel();
            long off = channel("Old Gotify", "gotify", Map.of("serverUrl", hook.url("/").toString(), "token", "t"));
            channels.update(off, new ChannelRequest("Old Gotify", null, false, null, null));
            ok(hook, 1);
            ok(ntfy, 1);

            assertThat(http.upload(Samples.bytes("duplicati/backup-error.json")).status()).isEqualTo(200);

            assertThat(pending()).isEqualTo(2);
            assertThat(worker.drain()).isEqualTo(2);
            assertThat(pending()).isZero();
            assertThat(hook.getRequestCount()).isEqualTo(1);
            assertThat(ntfy.getRequestCount()).isEqualTo(1);
            JsonNode posted = json.readTree(hook.takeRequest().getBody().utf8());
            assertThat(posted.get("event").stringValue()).isEqualTo("error");
            assertThat(posted.get("title").stringValue()).isEqualTo("❌ Error - Postgres dumps @ db-backup-01");
            assertThat(posted.get("data").get("errorsCount").longValue()).isEqualTo(1);
            assertThat(posted.get("data").get("backupDate").stringValue()).isEqualTo("2026-08-12T01:30:00.073Z");
            assertThat(posted.get("data").get("serverId").stringValue()).isEqualTo("c07e5b9d1a2f4c8e6b3d0a9f7e1c5b2d");
            assertThat(json.readTree(ntfy.takeRequest().getBody().utf8()).get("message").stringValue())
                    .startsWith("Backup Postgres dumps on db-backup-01 failed with status Error.")
                    .contains("Date: 12 Aug 2026 03:30:00 CEST");
            assertThat(log()).extracting(Delivery::outcome).containsExactly(Outcome.DELIVERED, Outcome.DELIVERED);
        }

        @Test
        void duplicateUploadIsRefusedAndNotifiesNobody() {
            webhookChannel();
            ok(hook, 1);
            http.upload(Samples.bytes("duplicati/backup-error.json"));
            worker.drain();

            assertThat(http.upload(Samples.bytes("duplicati/backup-error.json")).status()).isEqualTo(409);

            assertThat(pending()).isZero();
            assertThat(worker.drain()).isZero();
            assertThat(hook.getRequestCount()).isEqualTo(1);
        }

        @Test
        void successIsQuietByDefaultAndNotifiedWithFilterAll() {
            webhookChannel();
            http.upload(Samples.bytes("duplicati/backup-success.json"));
            assertThat(pending()).isZero();

            long jobId = jdbc.sql("SELECT id FROM jobs").query(Long.class).single();
            settings.updateJob(jobId, new JobSettingsRequest("all", null, null));
            http.upload(Samples.text("duplicati/backup-success.json")
                    .replace("2026-08-10T00:00:00.4169381Z", "2026-08-11T00:00:00.4169381Z"));

            assertThat(pending()).isEqualTo(1);
        }

        @Test
        void jobCanSwitchAChannelOffAndAddAnExtraRecipient() throws Exception {
            long hookId = webhookChannel();
            ntfyChannel();
            http.upload(Samples.bytes("duplicati/backup-warning.json"));
            long jobId = jdbc.sql("SELECT id FROM jobs").query(Long.class).single();
            jdbc.sql("DELETE FROM notify_outbox").update();
            clock.advance(Duration.ofMinutes(10)); // past the flood window the first warning opened
            settings.updateJob(jobId, new JobSettingsRequest("warnings", Map.of(String.valueOf(hookId), false),
                    json.readTree("{\"ntfy\": [\"laptop-owner\"]}")));
            ok(ntfy, 2);

            http.upload(Samples.text("duplicati/backup-warning.json").replace("2026-08-11T17:42:09", "2026-08-12T17:42:09"));
            worker.drain();

            assertThat(hook.getRequestCount()).isZero();
            assertThat(ntfy.getRequestCount()).isEqualTo(2);
            List<String> topics = List.of(ntfy.takeRequest(), ntfy.takeRequest()).stream()
                    .map(r -> json.readTree(r.getBody().utf8()).get("topic").stringValue()).toList();
            assertThat(topics).containsExactly("backups", "laptop-owner");
        }
    }

    @Nested
    class FloodControl {

        String errorAt(int hour) {
            return Samples.text("duplicati/backup-error.json").replace("2026-08-12T01:30", "2026-08-12T0" + hour + ":30");
        }

        @Test
        void repeatedFailuresOfOneJobWithinTheWindowSendOneMessageAndLogTheRepeatsAsSuppressed() throws Exception {
            webhookChannel();
            ok(hook, 1);

            for (int hour = 1; hour <= 5; hour++) {
                assertThat(http.upload(errorAt(hour)).status()).isEqualTo(200);
            }

            assertThat(pending()).isEqualTo(1);
            assertThat(worker.drain()).isEqualTo(1);
            assertThat(hook.getRequestCount()).isEqualTo(1);
            assertThat(json.readTree(hook.takeRequest().getBody().utf8()).get("data").get("backupDate").stringValue())
                    .startsWith("2026-08-12T01:30");
            assertThat(log()).filteredOn(d -> d.outcome() == Outcome.DELIVERED).hasSize(1);
            assertThat(log()).filteredOn(d -> d.outcome() == Outcome.SUPPRESSED)
                    .extracting(Delivery::channelName, Delivery::title, Delivery::error)
                    .containsExactly(
                            tuple("Ops webhook", "❌ Error - Postgres dumps @ db-backup-01",
                                    "Not sent: repeat 1 of this notification for the job within 10m"
                                            + " (dupliwatch.notify.flood-window)"),
                            tuple("Ops webhook", "❌ Error - Postgres dumps @ db-backup-01",
                                    "Not sent: repeat 2 of this notification for the job within 10m"
                                            + " (dupliwatch.notify.flood-window)"),
                            tuple("Ops webhook", "❌ Error - Postgres dumps @ db-backup-01",
                                    "Not sent: repeat 3 of this notification for the job within 10m"
                                            + " (dupliwatch.notify.flood-window)"),
                            tuple("Ops webhook", "❌ Error - Postgres dumps @ db-backup-01",
                                    "Not sent: repeat 4 of this notification for the job within 10m"
                                            + " (dupliwatch.notify.flood-window)"));
        }

        @Test
        void aRepeatAfterTheWindowIsSentAgain() {
            webhookChannel();
            ok(hook, 2);
            http.upload(errorAt(1));
            worker.drain();

            clock.advance(Duration.ofMinutes(10));
            http.upload(errorAt(2));

            assertThat(worker.drain()).isEqualTo(1);
            assertThat(hook.getRequestCount()).isEqualTo(2);
            assertThat(log()).extracting(Delivery::outcome).containsExactly(Outcome.DELIVERED, Outcome.DELIVERED);
        }
    }

    @Nested
    class Mail {

        @RegisterExtension
        final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_POP3));

        @Test
        void failedRunArrivesByMailWithTheRenderedSubjectAndBody() throws Exception {
            channel("Admins", "email", Map.of("host", "localhost", "port", greenMail.getSmtp().getPort(),
                    "security", "plain", "from", "dupliwatch@example.com", "to", List.of("admin@example.com")));

            http.upload(Samples.bytes("duplicati/backup-error.json"));
            worker.drain();

            assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
            MimeMessage mail = greenMail.getReceivedMessages()[0];
            assertThat(mail.getSubject()).isEqualTo("❌ Error - Postgres dumps @ db-backup-01");
            assertThat(mail.getContent().toString().replace("\r\n", "\n"))
                    .startsWith("Backup Postgres dumps on db-backup-01 failed with status Error.\n\n"
                            + "Date: 12 Aug 2026 03:30:00 CEST\n");
        }
    }

    @Nested
    class Retries {

        @Test
        void channelThatIsDownIsRetriedWithDoublingBackOffThenDelivered() {
            webhookChannel();
            hook.enqueue(new MockResponse.Builder().code(503).build());
            hook.enqueue(new MockResponse.Builder().code(502).build());
            ok(hook, 1);
            http.upload(Samples.bytes("duplicati/backup-error.json"));

            assertThat(worker.drain()).isEqualTo(1);
            assertThat(worker.drain()).as("not due before the back-off").isZero();
            clock.advance(Duration.ofSeconds(30));
            assertThat(worker.drain()).isEqualTo(1);
            clock.advance(Duration.ofSeconds(59));
            assertThat(worker.drain()).isZero();
            clock.advance(Duration.ofSeconds(1));
            assertThat(worker.drain()).isEqualTo(1);

            Instant start = NotifyIntegrationTest.START;
            assertThat(log()).extracting(Delivery::attempt, Delivery::outcome, Delivery::error, Delivery::retryAt)
                    .containsExactly(
                            tuple(1, Outcome.FAILED, "HTTP 503", start.plusSeconds(30)),
                            tuple(2, Outcome.FAILED, "HTTP 502", start.plusSeconds(90)),
                            tuple(3, Outcome.DELIVERED, null, null));
            assertThat(pending()).isZero();
            assertThat(hook.getRequestCount()).isEqualTo(3);
        }

        @Test
        void permanentFailureIsNotRetried() {
            webhookChannel();
            hook.enqueue(new MockResponse.Builder().code(401).body("bad token").build());
            http.upload(Samples.bytes("duplicati/backup-error.json"));

            worker.drain();
            clock.advance(Duration.ofDays(1));

            assertThat(worker.drain()).isZero();
            assertThat(log()).singleElement().satisfies(d -> {
                assertThat(d.outcome()).isEqualTo(Outcome.FAILED);
                assertThat(d.error()).isEqualTo("HTTP 401");
                assertThat(d.retryAt()).isNull();
            });
            assertThat(pending()).isZero();
        }

        @Test
        void givesUpAfterTheLastAttempt() {
            webhookChannel();
            for (int i = 0; i < 3; i++) {
                hook.enqueue(new MockResponse.Builder().code(500).build());
            }
            http.upload(Samples.bytes("duplicati/backup-error.json"));

            for (int i = 0; i < 5; i++) {
                worker.drain();
                clock.advance(Duration.ofHours(7));
            }

            assertThat(hook.getRequestCount()).isEqualTo(3);
            assertThat(log()).extracting(Delivery::retryAt).last().isNull();
            assertThat(pending()).isZero();
        }

        @Test
        void entryClaimedByAWorkerThatDiedIsTakenOverAfterTheClaimTimeout() {
            webhookChannel();
            ok(hook, 1);
            http.upload(Samples.bytes("duplicati/backup-error.json"));
            jdbc.sql("UPDATE notify_outbox SET claimed_at = :now").param("now", clock.millis()).update();

            assertThat(worker.drain()).isZero();
            clock.advance(Duration.ofMinutes(5).plusSeconds(1));

            assertThat(worker.drain()).isEqualTo(1);
            assertThat(hook.getRequestCount()).isEqualTo(1);
        }

        @Test
        void disabledChannelDropsWhatItHadQueued() {
            long id = webhookChannel();
            http.upload(Samples.bytes("duplicati/backup-error.json"));
            channels.update(id, new ChannelRequest("Ops webhook", null, false, null, null));

            worker.drain();

            assertThat(hook.getRequestCount()).isZero();
            assertThat(log()).singleElement().extracting(Delivery::error).isEqualTo("The channel is disabled");
        }
    }

    @Nested
    class MonitoringEvents {

        long uploadedJob() {
            http.upload(Samples.bytes("duplicati/backup-error.json"));
            jdbc.sql("DELETE FROM notify_outbox").update();
            return jdbc.sql("SELECT id FROM jobs").query(Long.class).single();
        }

        @Test
        void overdueAlertIsQueuedWithTheTransactionThatDecidedIt() throws Exception {
            webhookChannel();
            long jobId = uploadedJob();
            JobOverdue overdue = new JobOverdue(jobId, "c07e5b9d1a2f4c8e6b3d0a9f7e1c5b2d", "db-backup-01",
                    "Postgres dumps", Instant.parse("2026-08-12T01:30:00Z"), Instant.parse("2026-08-13T01:30:00Z"),
                    Duration.ofHours(2), "1D", false);

            transaction.executeWithoutResult(status -> {
                events.publishEvent(overdue);
                status.setRollbackOnly();
            });
            assertThat(pending()).as("rolled back with its transaction").isZero();

            transaction.executeWithoutResult(status -> events.publishEvent(overdue));
            assertThat(pending()).isEqualTo(1);
            ok(hook, 1);
            clock.set(Instant.parse("2026-08-13T05:00:00Z"));
            worker.drain();
            RecordedRequest request = hook.takeRequest();
            JsonNode body = json.readTree(request.getBody().utf8());
            assertThat(body.get("title").stringValue()).isEqualTo("🕑 Overdue - Postgres dumps @ db-backup-01");
            assertThat(body.get("body").stringValue()).contains(
                    "Expected: 13 Aug 2026 03:30:00 CEST (3 hours ago)", "Interval: 1D", "tolerance: 2\u00a0h 00\u00a0min");
        }

        @Test
        void recoveryIsAnnouncedEvenWhenSuccessesAreNot() throws Exception {
            webhookChannel();
            long jobId = uploadedJob();
            long runId = jdbc.sql("SELECT id FROM runs").query(Long.class).single();
            ok(hook, 1);

            transaction.executeWithoutResult(status -> events.publishEvent(new JobRecovered(jobId, runId,
                    "c07e5b9d1a2f4c8e6b3d0a9f7e1c5b2d", "db-backup-01", "Postgres dumps",
                    JobRecovered.Reason.AFTER_FAILURE)));
            worker.drain();

            assertThat(json.readTree(hook.takeRequest().getBody().utf8()).get("title").stringValue())
                    .isEqualTo("🔁 Recovered - Postgres dumps @ db-backup-01");
        }

        @Test
        void jobWithFilterOffHearsNothingAtAll() {
            webhookChannel();
            long jobId = uploadedJob();
            settings.updateJob(jobId, new JobSettingsRequest("off", null, null));

            transaction.executeWithoutResult(status -> events.publishEvent(new JobOverdue(jobId,
                    "c07e5b9d1a2f4c8e6b3d0a9f7e1c5b2d", "db-backup-01", "Postgres dumps", Instant.now(),
                    Instant.now(), Duration.ZERO, "1D", true)));

            assertThat(pending()).isZero();
        }
    }
}
