package io.dupliwatch.integrations.mqtt;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.dupliwatch.integrations.SampleReport;
import io.dupliwatch.testsupport.MqttBroker;
import io.dupliwatch.testsupport.ServerTestBase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** MQTT is off unless switched on: a broker that is configured but not enabled hears nothing. */
class MqttSwitchTest extends ServerTestBase {

    static final MqttBroker broker = new MqttBroker();

    @DynamicPropertySource
    static void mqttConfiguredButNotEnabled(DynamicPropertyRegistry registry) {
        registry.add("dupliwatch.mqtt.url", broker::url);
        registry.add("dupliwatch.mqtt.refresh-interval", () -> "100ms");
    }

    @Autowired
    MqttPublisher publisher;

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void nothingIsPublishedWhileMqttIsNotEnabled() throws Exception {
        assertThat(http.upload(SampleReport.of("backup-success.json").json()).status()).isEqualTo(200);

        // Nothing to wait for: with MQTT off the publisher never starts, so it schedules no refresh and no
        // connection, and its listener (which ran in the upload's commit, before the 200) only publishes while
        // it runs. Once the upload has answered, nothing can still be on its way to the broker.
        assertThat(publisher.isRunning()).isFalse();
        assertThat(broker.retained()).isEmpty();
    }
}
