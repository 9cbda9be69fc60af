package io.dupliwatch.integrations.mqtt;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import io.dupliwatch.config.LogEscape;
import io.dupliwatch.integrations.HealthBoard;
import io.dupliwatch.integrations.JobHealth;
import io.dupliwatch.monitoring.JobOverdue;
import io.dupliwatch.monitoring.JobRecovered;
import io.dupliwatch.monitoring.JobUntested;
import io.dupliwatch.report.OperationRecorded;
import io.dupliwatch.report.RunRecorded;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Publishes every job's state (and its Home Assistant discovery configs) to MQTT, retained: all of them on each
 * (re)connection, one job after each report or overdue change, and any job whose state changed since it was last
 * published on each refresh. All broker traffic runs on one thread of its own, so neither uploads nor the
 * monitoring transaction ever wait for the broker; while it is unreachable nothing queues up, and the full
 * republish on reconnection catches up. It starts only when {@code dupliwatch.mqtt.enabled} is set, checked at start
 * rather than by a bean condition, which Spring AOT (the recommended way to run) would fix at build time.
 */
@Component
class MqttPublisher implements SmartLifecycle, MqttCallbackExtended {

    private static final Logger log = LoggerFactory.getLogger(MqttPublisher.class);
    private static final int QOS = 1;

    private final MqttProperties properties;
    private final HealthBoard board;
    private final Clock clock;
    private final HomeAssistantMessages messages;
    private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = new Thread(runnable, "mqtt-publisher");
        thread.setDaemon(true);
        return thread;
    });
    /** Last state payload published per job id; touched only on the executor thread. */
    private final Map<Long, String> published = new HashMap<>();
    private MqttClient client;
    private volatile boolean running;
    private boolean failing;

    MqttPublisher(MqttProperties properties, HealthBoard board, Clock clock, JsonMapper json) {
        this.properties = properties;
        this.board = board;
        this.clock = clock;
        this.messages = new HomeAssistantMessages(properties, json);
        // A pending reconnection attempt must not hold up shutdown.
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    @Override
    public boolean isAutoStartup() {
        return properties.enabled();
    }

    @Override
    public void start() {
        running = true;
        executor.execute(this::connect);
        long refresh = properties.refreshInterval().toMillis();
        executor.scheduleWithFixedDelay(this::publishChanged, refresh, refresh, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running = false;
        executor.execute(this::disconnect);
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onRunRecorded(RunRecorded run) {
        if (run.newest()) {
            publishJob(run.jobId());
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onJobOverdue(JobOverdue overdue) {
        publishJob(overdue.jobId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onJobRecovered(JobRecovered recovered) {
        publishJob(recovered.jobId());
    }

    /** The state carries the job's operations: a restore or verification changes it. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onOperationRecorded(OperationRecorded operation) {
        publishJob(operation.jobId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onJobUntested(JobUntested untested) {
        publishJob(untested.jobId());
    }

    private void publishJob(long jobId) {
        if (running) {
            executor.execute(() -> board.job(jobId).ifPresent(job -> publish(job, true)));
        }
    }

    private void connect() {
        if (!running) {
            return;
        }
        try {
            client = new MqttClient(properties.url(), properties.clientId(), new MemoryPersistence());
            client.setCallback(this);
            client.connect(options());
            failing = false;
        }
        catch (MqttException e) {
            closeQuietly();
            if (!failing) {
                log.warn("MQTT broker {} unreachable ({}); retrying every {}", properties.url(), e.getMessage(),
                        properties.reconnectInterval());
            }
            failing = true;
            executor.schedule(this::connect, properties.reconnectInterval().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private MqttConnectOptions options() {
        MqttConnectOptions options = new MqttConnectOptions();
        options.setAutomaticReconnect(true);
        options.setCleanSession(true);
        options.setConnectionTimeout(10);
        options.setWill(messages.availabilityTopic(), "offline".getBytes(StandardCharsets.UTF_8), QOS, true);
        if (!properties.username().isEmpty()) {
            options.setUserName(properties.username());
            options.setPassword(properties.password().toCharArray());
        }
        return options;
    }

    /** Called by Paho on the first connection and after each automatic reconnection. */
    @Override
    public void connectComplete(boolean reconnect, String serverUri) {
        log.info("MQTT {} to {}; publishing every job", reconnect ? "reconnected" : "connected", serverUri);
        executor.execute(this::publishAll);
    }

    @Override
    public void connectionLost(Throwable cause) {
        log.warn("MQTT connection to {} lost ({}); reconnecting", properties.url(), cause.getMessage());
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
        // Nothing is subscribed.
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
        // QoS 1 acknowledgements need no action.
    }

    private void publishAll() {
        published.clear();
        send(messages.availabilityTopic(), "online");
        board.jobs().forEach(job -> publish(job, true));
    }

    private void publishChanged() {
        board.jobs().forEach(job -> publish(job, false));
    }

    /** @param withDiscovery also (re)send the discovery configs, which change only with names */
    private void publish(JobHealth job, boolean withDiscovery) {
        if (client == null || !client.isConnected()) {
            return;
        }
        HomeAssistantMessages.Message state = messages.state(job, clock.instant());
        if (!withDiscovery && state.payload().equals(published.get(job.job().jobId()))) {
            return;
        }
        if (withDiscovery) {
            messages.discovery(job).forEach(config -> send(config.topic(), config.payload()));
        }
        if (send(state.topic(), state.payload())) {
            published.put(job.job().jobId(), state.payload());
        }
    }

    private boolean send(String topic, String payload) {
        try {
            MqttMessage message = new MqttMessage(payload.getBytes(StandardCharsets.UTF_8));
            message.setQos(QOS);
            message.setRetained(true);
            client.publish(topic, message);
            return true;
        }
        catch (MqttException e) {
            // The republish after reconnection sends it again.
            log.debug("MQTT publish to {} failed: {}", LogEscape.of(topic), LogEscape.of(e.getMessage()));
            return false;
        }
    }

    private void disconnect() {
        if (client != null && client.isConnected()) {
            send(messages.availabilityTopic(), "offline");
            try {
                client.disconnect(2_000);
            }
            catch (MqttException e) {
                log.debug("MQTT disconnect failed: {}", e.getMessage());
            }
        }
        closeQuietly();
    }

    private void closeQuietly() {
        if (client == null) {
            return;
        }
        try {
            client.close(true);
        }
        catch (MqttException e) {
            log.debug("MQTT client close failed: {}", e.getMessage());
        }
        client = null;
    }
}
