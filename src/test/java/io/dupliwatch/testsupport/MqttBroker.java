package io.dupliwatch.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.moquette.broker.Server;
import io.moquette.broker.config.IConfig;
import io.moquette.broker.config.MemoryConfig;
import org.eclipse.paho.client.mqttv3.IMqttMessageListener;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.awaitility.Awaitility.await;

/** A real MQTT broker (Moquette, in memory) on a port of its own, and what Home Assistant would find on it. */
public final class MqttBroker implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port = Ports.unused();
    private Server server;

    public MqttBroker() {
        start();
    }

    /** {@code tcp://localhost:PORT}, for {@code dupliwatch.mqtt.url}. */
    public String url() {
        return "tcp://localhost:" + port;
    }

    /** Stops the broker and starts an empty one on the same port (a broker restarted without persistence). */
    public void restart() {
        server.stopServer();
        start();
    }

    @Override
    public void close() {
        server.stopServer();
    }

    /** Waits until the topic holds a retained JSON message, and reads it. */
    public JsonNode awaitRetained(String topic) {
        Map<String, String> found = new ConcurrentHashMap<>();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            found.putAll(retained());
            return found.containsKey(topic);
        });
        return JSON.readTree(found.get(topic));
    }

    /**
     * What a client subscribing now (Home Assistant starting) receives at once: only retained messages, by topic.
     * Fails when the broker cannot be reached, rather than answering that it holds nothing.
     */
    public Map<String, String> retained() throws InterruptedException {
        Map<String, String> messages = new ConcurrentHashMap<>();
        CountDownLatch markerArrived = new CountDownLatch(1);
        String marker = "dupliwatch-test/marker/" + System.nanoTime();
        try {
            MqttClient homeAssistant = new MqttClient(url(), "home-assistant-" + System.nanoTime(), new MemoryPersistence());
            homeAssistant.connect();
            IMqttMessageListener keepRetained = (topic, message) -> {
                if (message.isRetained()) {
                    messages.put(topic, new String(message.getPayload(), StandardCharsets.UTF_8));
                }
            };
            // QoS 0: Moquette 0.17 clears the retain flag of retained messages replayed to QoS 1 subscriptions.
            homeAssistant.subscribe(new String[] {"dupliwatch/#", "homeassistant/#", marker}, new int[] {0, 0, 0},
                    new IMqttMessageListener[] {keepRetained, keepRetained, (topic, message) -> markerArrived.countDown()});
            // The broker replays the retained messages as it handles the subscription, before it reads this
            // publish from the same connection: once the marker is back, every retained message has arrived.
            homeAssistant.publish(marker, new MqttMessage(new byte[0]));
            if (!markerArrived.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The MQTT broker at " + url() + " did not echo a message within 10 s");
            }
            homeAssistant.disconnect();
            homeAssistant.close();
        }
        catch (MqttException e) {
            throw new IllegalStateException("The MQTT broker at " + url() + " cannot be reached", e);
        }
        return messages;
    }

    private void start() {
        Properties settings = new Properties();
        settings.setProperty(IConfig.HOST_PROPERTY_NAME, "127.0.0.1");
        settings.setProperty(IConfig.PORT_PROPERTY_NAME, Integer.toString(port));
        settings.setProperty(IConfig.ALLOW_ANONYMOUS_PROPERTY_NAME, "true");
        settings.setProperty(IConfig.PERSISTENCE_ENABLED_PROPERTY_NAME, "false");
        settings.setProperty(IConfig.ENABLE_TELEMETRY_NAME, "false");
        server = new Server();
        try {
            server.startServer(new MemoryConfig(settings));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
