package io.dupliwatch.integrations.mqtt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import io.moquette.broker.Server;
import io.moquette.broker.config.IConfig;
import io.moquette.broker.config.MemoryConfig;
import org.eclipse.paho.client.mqttv3.IMqttMessageListener;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.dupliwatch.testsupport.MutableClock;
import io.dupliwatch.integrations.SampleReport;
import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.ServerTestBase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Against a real broker (Moquette, embedded): what Home Assistant would find on it. */
@Import(MqttIntegrationTest.Time.class)
class MqttIntegrationTest extends ServerTestBase {

    static final String NAS = "3f1c9a7be2d04c6f9a51d8e0b7c4a2f3";
    static final int BROKER_PORT = freePort();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static Server broker = startBroker();

    @DynamicPropertySource
    static void mqtt(DynamicPropertyRegistry registry) {
        registry.add("dupliwatch.mqtt.enabled", () -> "true");
        registry.add("dupliwatch.mqtt.url", () -> "tcp://localhost:" + BROKER_PORT);
        registry.add("dupliwatch.mqtt.refresh-interval", () -> "300ms");
    }

    @TestConfiguration
    static class Time {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        }
    }

    @Autowired
    MutableClock clock;

    Instant recent;

    @BeforeEach
    void setUp() {
        recent = clock.instant().minus(1, ChronoUnit.HOURS);
    }

    @AfterAll
    static void stopBroker() {
        broker.stopServer();
    }

    @Test
    void aReportLeavesTheJobStateAndItsDiscoveryConfigsRetained() throws Exception {
        upload(SampleReport.of("backup-success.json").begin(recent));

        String job = HomeAssistantMessages.key("NAS Documents");
        String stateTopic = "dupliwatch/" + NAS + "/" + job + "/state";
        String id = "dupliwatch_" + NAS + "_" + job;
        JsonNode body = awaitRetained(stateTopic);
        assertThat(body.get("status").stringValue()).isEqualTo("ok");
        assertThat(body.get("up").booleanValue()).isTrue();
        assertThat(body.get("job").stringValue()).isEqualTo("NAS Documents");
        assertThat(Instant.parse(body.get("last_run").stringValue())).isEqualTo(recent);
        assertThat(body.get("storage_used_bytes").longValue()).isEqualTo(61204338877L);
        assertThat(body.has("seconds_since_last_run")).isFalse();

        JsonNode problem = awaitRetained("homeassistant/binary_sensor/dupliwatch/" + id + "_problem/config");
        assertThat(problem.get("device_class").stringValue()).isEqualTo("problem");
        assertThat(problem.get("state_topic").stringValue()).isEqualTo(stateTopic);
        assertThat(problem.get("value_template").stringValue()).isEqualTo("{{ 'OFF' if value_json.up else 'ON' }}");
        assertThat(problem.get("unique_id").stringValue()).isEqualTo(id + "_problem");
        assertThat(problem.get("availability_topic").stringValue()).isEqualTo("dupliwatch/status");
        assertThat(problem.get("device").get("name").stringValue()).isEqualTo("nas01");
        assertThat(problem.get("device").get("identifiers").get(0).stringValue()).isEqualTo("dupliwatch_" + NAS);

        JsonNode lastRun = awaitRetained("homeassistant/sensor/dupliwatch/" + id + "_last_run/config");
        assertThat(lastRun.get("device_class").stringValue()).isEqualTo("timestamp");
        assertThat(lastRun.get("value_template").stringValue()).isEqualTo("{{ value_json.last_run }}");
        JsonNode size = awaitRetained("homeassistant/sensor/dupliwatch/" + id + "_source_size/config");
        assertThat(size.get("device_class").stringValue()).isEqualTo("data_size");
        assertThat(size.get("unit_of_measurement").stringValue()).isEqualTo("B");
        assertThat(size.get("value_template").stringValue()).isEqualTo("{{ value_json.source_size_bytes }}");
        assertThat(awaitRetained("homeassistant/sensor/dupliwatch/" + id + "_storage_used/config")
                .get("value_template").stringValue()).isEqualTo("{{ value_json.storage_used_bytes }}");
        assertThat(awaitRetained("homeassistant/sensor/dupliwatch/" + id + "_status/config")
                .get("options").toString()).isEqualTo("[\"error\",\"overdue\",\"warning\",\"ok\",\"unknown\"]");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(retained().get("dupliwatch/status"))
                .isEqualTo("online"));
    }

    @Test
    void eachNewReportUpdatesTheRetainedState() throws Exception {
        upload(SampleReport.of("backup-success.json").begin(recent.minus(1, ChronoUnit.HOURS)));
        String stateTopic = "dupliwatch/" + NAS + "/" + HomeAssistantMessages.key("NAS Documents") + "/state";
        assertThat(awaitRetained(stateTopic).get("status").stringValue()).isEqualTo("ok");

        upload(SampleReport.of("backup-error.json").server(NAS, "nas01").job("NAS Documents").begin(recent));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode state = JSON.readTree(retained().get(stateTopic));
            assertThat(state.get("status").stringValue()).isEqualTo("error");
            assertThat(state.get("up").booleanValue()).isFalse();
        });
    }

    @Test
    void aJobBecomingOverdueIsPublishedWithoutAnyReport() throws Exception {
        upload(SampleReport.of("backup-success.json").begin(recent));
        String stateTopic = "dupliwatch/" + NAS + "/" + HomeAssistantMessages.key("NAS Documents") + "/state";
        assertThat(awaitRetained(stateTopic).get("overdue").booleanValue()).isFalse();

        clock.advance(Duration.ofDays(2));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode state = JSON.readTree(retained().get(stateTopic));
            assertThat(state.get("status").stringValue()).isEqualTo("overdue");
            assertThat(state.get("overdue").booleanValue()).isTrue();
        });
    }

    @Test
    void everythingIsRepublishedWhenTheBrokerComesBackEmpty() throws Exception {
        upload(SampleReport.of("backup-success.json").begin(recent));
        String stateTopic = "dupliwatch/" + NAS + "/" + HomeAssistantMessages.key("NAS Documents") + "/state";
        awaitRetained(stateTopic);

        broker.stopServer();
        broker = startBroker();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(retained()).containsKey(stateTopic));
    }

    /** Waits until the topic holds a retained JSON message, and reads it. */
    private JsonNode awaitRetained(String topic) {
        Map<String, String> found = new ConcurrentHashMap<>();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            found.putAll(retained());
            return found.containsKey(topic);
        });
        return JSON.readTree(found.get(topic));
    }

    /**
     * What a client subscribing now (Home Assistant starting) receives at once: only retained messages, by topic.
     * Empty when the broker cannot be reached.
     */
    private static Map<String, String> retained() throws InterruptedException {
        Map<String, String> messages = new ConcurrentHashMap<>();
        try {
            MqttClient homeAssistant = new MqttClient("tcp://localhost:" + BROKER_PORT, "home-assistant-" + System.nanoTime(),
                    new MemoryPersistence());
            homeAssistant.connect();
            IMqttMessageListener keepRetained = (topic, message) -> {
                if (message.isRetained()) {
                    messages.put(topic, new String(message.getPayload(), StandardCharsets.UTF_8));
                }
            };
            // QoS 0: Moquette 0.17 clears the retain flag of retained messages replayed to QoS 1 subscriptions.
            homeAssistant.subscribe(new String[] {"dupliwatch/#", "homeassistant/#"}, new int[] {0, 0},
                    new IMqttMessageListener[] {keepRetained, keepRetained});
            Thread.sleep(300);
            homeAssistant.disconnect();
            homeAssistant.close();
        }
        catch (MqttException e) {
            return Map.of();
        }
        return messages;
    }

    private void upload(SampleReport report) {
        assertThat(http.upload(report.json()).status()).isEqualTo(200);
    }

    private static Server startBroker() {
        Properties settings = new Properties();
        settings.setProperty(IConfig.HOST_PROPERTY_NAME, "127.0.0.1");
        settings.setProperty(IConfig.PORT_PROPERTY_NAME, Integer.toString(BROKER_PORT));
        settings.setProperty(IConfig.ALLOW_ANONYMOUS_PROPERTY_NAME, "true");
        settings.setProperty(IConfig.PERSISTENCE_ENABLED_PROPERTY_NAME, "false");
        settings.setProperty(IConfig.ENABLE_TELEMETRY_NAME, "false");
        Server server = new Server();
        try {
            server.startServer(new MemoryConfig(settings));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
