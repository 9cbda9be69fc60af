package io.dupliwatch.integrations.mqtt;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.dupliwatch.testsupport.MutableClock;
import io.dupliwatch.integrations.SampleReport;
import io.dupliwatch.testsupport.MqttBroker;
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
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final MqttBroker broker = new MqttBroker();

    @DynamicPropertySource
    static void mqtt(DynamicPropertyRegistry registry) {
        registry.add("dupliwatch.mqtt.enabled", () -> "true");
        registry.add("dupliwatch.mqtt.url", broker::url);
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
        broker.close();
    }

    @Test
    void aReportLeavesTheJobStateAndItsDiscoveryConfigsRetained() throws Exception {
        upload(SampleReport.of("backup-success.json").begin(recent));

        String job = HomeAssistantMessages.key("NAS Documents");
        String stateTopic = "dupliwatch/" + NAS + "/" + job + "/state";
        String id = "dupliwatch_" + NAS + "_" + job;
        JsonNode body = broker.awaitRetained(stateTopic);
        assertThat(body.get("status").stringValue()).isEqualTo("ok");
        assertThat(body.get("up").booleanValue()).isTrue();
        assertThat(body.get("job").stringValue()).isEqualTo("NAS Documents");
        assertThat(Instant.parse(body.get("last_run").stringValue())).isEqualTo(recent);
        assertThat(body.get("storage_used_bytes").longValue()).isEqualTo(61204338877L);
        assertThat(body.has("seconds_since_last_run")).isFalse();

        JsonNode problem = broker.awaitRetained("homeassistant/binary_sensor/dupliwatch/" + id + "_problem/config");
        assertThat(problem.get("device_class").stringValue()).isEqualTo("problem");
        assertThat(problem.get("state_topic").stringValue()).isEqualTo(stateTopic);
        assertThat(problem.get("value_template").stringValue()).isEqualTo("{{ 'OFF' if value_json.up else 'ON' }}");
        assertThat(problem.get("unique_id").stringValue()).isEqualTo(id + "_problem");
        assertThat(problem.get("availability_topic").stringValue()).isEqualTo("dupliwatch/status");
        assertThat(problem.get("device").get("name").stringValue()).isEqualTo("nas01");
        assertThat(problem.get("device").get("identifiers").get(0).stringValue()).isEqualTo("dupliwatch_" + NAS);

        JsonNode lastRun = broker.awaitRetained("homeassistant/sensor/dupliwatch/" + id + "_last_run/config");
        assertThat(lastRun.get("device_class").stringValue()).isEqualTo("timestamp");
        assertThat(lastRun.get("value_template").stringValue()).isEqualTo("{{ value_json.last_run }}");
        JsonNode size = broker.awaitRetained("homeassistant/sensor/dupliwatch/" + id + "_source_size/config");
        assertThat(size.get("device_class").stringValue()).isEqualTo("data_size");
        assertThat(size.get("unit_of_measurement").stringValue()).isEqualTo("B");
        assertThat(size.get("value_template").stringValue()).isEqualTo("{{ value_json.source_size_bytes }}");
        assertThat(broker.awaitRetained("homeassistant/sensor/dupliwatch/" + id + "_storage_used/config")
                .get("value_template").stringValue()).isEqualTo("{{ value_json.storage_used_bytes }}");
        assertThat(broker.awaitRetained("homeassistant/sensor/dupliwatch/" + id + "_status/config")
                .get("options").toString()).isEqualTo("[\"error\",\"overdue\",\"untested\",\"warning\",\"ok\",\"unknown\"]");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(broker.retained().get("dupliwatch/status"))
                .isEqualTo("online"));
    }

    @Test
    void eachNewReportUpdatesTheRetainedState() throws Exception {
        upload(SampleReport.of("backup-success.json").begin(recent.minus(1, ChronoUnit.HOURS)));
        String stateTopic = "dupliwatch/" + NAS + "/" + HomeAssistantMessages.key("NAS Documents") + "/state";
        assertThat(broker.awaitRetained(stateTopic).get("status").stringValue()).isEqualTo("ok");

        upload(SampleReport.of("backup-error.json").server(NAS, "nas01").job("NAS Documents").begin(recent));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode state = JSON.readTree(broker.retained().get(stateTopic));
            assertThat(state.get("status").stringValue()).isEqualTo("error");
            assertThat(state.get("up").booleanValue()).isFalse();
        });
    }

    @Test
    void aJobBecomingOverdueIsPublishedWithoutAnyReport() throws Exception {
        upload(SampleReport.of("backup-success.json").begin(recent));
        String stateTopic = "dupliwatch/" + NAS + "/" + HomeAssistantMessages.key("NAS Documents") + "/state";
        assertThat(broker.awaitRetained(stateTopic).get("overdue").booleanValue()).isFalse();

        clock.advance(Duration.ofDays(2));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode state = JSON.readTree(broker.retained().get(stateTopic));
            assertThat(state.get("status").stringValue()).isEqualTo("overdue");
            assertThat(state.get("overdue").booleanValue()).isTrue();
        });
    }

    @Test
    void everythingIsRepublishedWhenTheBrokerComesBackEmpty() throws Exception {
        upload(SampleReport.of("backup-success.json").begin(recent));
        String stateTopic = "dupliwatch/" + NAS + "/" + HomeAssistantMessages.key("NAS Documents") + "/state";
        broker.awaitRetained(stateTopic);

        broker.restart();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(broker.retained()).containsKey(stateTopic));
    }

    private void upload(SampleReport report) {
        assertThat(http.upload(report.json()).status()).isEqualTo(200);
    }
}
