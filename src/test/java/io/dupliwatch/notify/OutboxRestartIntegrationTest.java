package io.dupliwatch.notify;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import io.dupliwatch.DupliwatchApplication;
import io.dupliwatch.notify.NotificationChannels.ChannelRequest;
import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.Samples;
import io.dupliwatch.testsupport.TestDatabases;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.awaitility.Awaitility.await;

/**
 * The acceptance scenario: a channel that is down gets retries, the application restarts in between, and the
 * notification is delivered once the channel is back. Two real application contexts share one data directory;
 * the worker runs on its own thread with short intervals.
 */
class OutboxRestartIntegrationTest {

    @TempDir
    Path dataDir;

    private final MockWebServer receiver = new MockWebServer();
    private final AtomicBoolean up = new AtomicBoolean(false);
    private ConfigurableApplicationContext app;

    @AfterEach
    void tearDown() {
        if (app != null) {
            app.close();
        }
        receiver.close();
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(DupliwatchApplication.class).run(TestDatabases.commandLine(
                "dupliwatch.data-dir=" + dataDir,
                "server.port=0",
                "dupliwatch.notify.poll-interval=100ms",
                "dupliwatch.notify.initial-backoff=200ms",
                "dupliwatch.notify.max-backoff=400ms",
                "dupliwatch.notify.max-attempts=100",
                "dupliwatch.monitoring.check-interval=0"));
    }

    private static List<Map<String, Object>> deliveries(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class)
                .sql("SELECT attempt, outcome, error FROM notify_deliveries ORDER BY id").query().listOfRows();
    }

    @Test
    void channelThatIsDownIsRetriedAcrossARestartAndDeliveredOnceItIsBack() throws IOException, InterruptedException {
        assumeFalse(TestDatabases.postgres(), "a restart on the same data directory is the SQLite case");
        receiver.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().code(up.get() ? 200 : 503).build();
            }
        });
        receiver.start();

        app = start();
        JsonMapper json = app.getBean(JsonMapper.class);
        Map<String, Object> settings = Map.of("url", receiver.url("/hook").toString(),
                "headers", Map.of("Authorization", "Bearer s3cret"));
        app.getBean(NotificationChannels.class)
                .create(new ChannelRequest("Ops", "webhook", true, json.valueToTree(settings), null));
        Http http = new Http(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
        assertThat(http.upload(Samples.bytes("duplicati/backup-error.json")).status()).isEqualTo(200);

        ConfigurableApplicationContext first = app;
        await().atMost(Duration.ofSeconds(20)).until(() -> deliveries(first).size() >= 3);
        app.close();
        app = null;

        JdbcClient offline = JdbcClient.create(new SimpleDriverDataSource(new org.sqlite.JDBC(),
                "jdbc:sqlite:" + dataDir.resolve("dupliwatch.db")));
        int failedBeforeRestart = offline.sql("SELECT COUNT(*) FROM notify_deliveries").query(Integer.class).single();
        assertThat(offline.sql("SELECT COUNT(*) FROM notify_outbox").query(Long.class).single())
                .as("still queued while the application is down").isEqualTo(1);
        up.set(true);
        app = start();
        ConfigurableApplicationContext second = app;
        await().atMost(Duration.ofSeconds(20))
                .until(() -> deliveries(second).stream().anyMatch(d -> d.get("outcome").equals("delivered")));

        List<Map<String, Object>> log = deliveries(second);
        assertThat(log).allSatisfy(d -> assertThat(((Number) d.get("attempt")).intValue())
                .isEqualTo(log.indexOf(d) + 1));
        assertThat(log.subList(0, log.size() - 1)).allSatisfy(d -> {
            assertThat(d.get("outcome")).isEqualTo("failed");
            assertThat(d.get("error")).isEqualTo("HTTP 503");
        });
        assertThat(log.size()).isGreaterThan(failedBeforeRestart);
        assertThat(second.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM notify_outbox").query(Long.class)
                .single()).isZero();

        int requests = receiver.getRequestCount();
        RecordedRequest last = null;
        for (int i = 0; i < requests; i++) {
            last = receiver.takeRequest();
            assertThat(last.getHeaders().get("Authorization")).as("secret decrypted after restart")
                    .isEqualTo("Bearer s3cret");
        }
        assertThat(json.readTree(last.getBody().utf8()).get("event").stringValue()).isEqualTo("error");

        // Proving that nothing more comes needs the worker to have had its chance to send again: a later report's
        // notification is queued behind it, and once that one arrives the worker has scanned past the first.
        Http secondHttp = new Http(Integer.parseInt(second.getEnvironment().getProperty("local.server.port")));
        assertThat(secondHttp.upload(Samples.bytes("duplicati/backup-warning.json")).status()).isEqualTo(200);
        RecordedRequest next = receiver.takeRequest(20, TimeUnit.SECONDS);
        assertThat(next).as("the later report's notification").isNotNull();
        assertThat(json.readTree(next.getBody().utf8()).get("event").stringValue())
                .as("delivered exactly once: the next request is the later report's").isEqualTo("warning");
    }
}
