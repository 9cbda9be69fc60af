package io.dupliwatch.integrations;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.MqttBroker;
import io.dupliwatch.testsupport.Reports;
import io.dupliwatch.testsupport.ServerTestBase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every kind of newest run (each Duplicati {@code ParsedResult}, a value Duplicati never sends, an overdue job, a
 * job that never ran) read by every surface: the dashboard, the notification it queues, {@code /api/jobs}, the
 * status URL, {@code /metrics} and MQTT must tell the same story.
 */
class StatusAgreementIntegrationTest extends ServerTestBase {

    static final String SERVER = "agreement-server-0001";
    static final MqttBroker broker = new MqttBroker();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void mqtt(DynamicPropertyRegistry registry) {
        registry.add("dupliwatch.mqtt.enabled", () -> "true");
        registry.add("dupliwatch.mqtt.url", broker::url);
        registry.add("dupliwatch.mqtt.refresh-interval", () -> "300ms");
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    /** @param event the notification template chosen, {@code null} when none is queued (the default filter leaves out Success) */
    record Expected(String parsedResult, Duration ago, String health, boolean up, String metricStatus, String event) {
    }

    @Test
    void everySurfaceJudgesEveryStatusAlike() throws Exception {
        Map<String, Expected> jobs = new LinkedHashMap<>();
        jobs.put("success", new Expected("Success", Duration.ofHours(1), "ok", true, "success", null));
        jobs.put("warning", new Expected("Warning", Duration.ofHours(1), "warning", true, "warning", "warning"));
        jobs.put("error", new Expected("Error", Duration.ofHours(1), "error", false, "error", "error"));
        jobs.put("fatal", new Expected("Fatal", Duration.ofHours(1), "error", false, "fatal", "error"));
        jobs.put("unknown", new Expected("Unknown", Duration.ofHours(1), "warning", true, "unknown", "warning"));
        jobs.put("unexpected", new Expected("Exploded", Duration.ofHours(1), "warning", true, "unknown", "warning"));
        jobs.put("overdue", new Expected("Success", Duration.ofDays(3), "overdue", false, "success", null));
        jobs.put("overdue error", new Expected("Error", Duration.ofDays(3), "error", false, "error", "error"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        assertThat(admin.postJson("/api/notifications/channels", """
                {"name": "Ops", "kind": "webhook", "enabled": true, "settings": {"url": "https://hooks.example.invalid/ops"}}
                """).status()).isEqualTo(201);
        jobs.forEach((name, expected) -> {
            String sample = List.of("Warning", "Error", "Fatal").contains(expected.parsedResult()) ? expected.parsedResult() : "Success";
            Http.Reply reply = http.upload(Reports.backup(sample).parsedResult(expected.parsedResult())
                    .server(SERVER, "agreement").job(name).started(now.minus(expected.ago()), Duration.ofMinutes(2)).json());
            assertThat(reply.status()).as(name).isEqualTo(200);
        });
        jdbc.sql("INSERT INTO jobs (server_id, backup_name, created_at) VALUES (:server, 'never ran', :now)")
                .param("server", SERVER).param("now", now.toEpochMilli()).update();
        jobs.put("never ran", new Expected(null, null, "unknown", false, null, null));

        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("SELECT id, backup_name FROM jobs").query((rs, n) -> ids.put(rs.getString("backup_name"), rs.getLong("id"))).list();
        Map<String, JsonNode> apiJobs = new HashMap<>();
        admin.get("/api/jobs").json().forEach(job -> apiJobs.put(job.get("job").stringValue(), job));
        String dashboard = signedIn().get("/?view=table").body();
        String metrics = http.get("/metrics").body();
        Map<String, JsonNode> mqtt = mqttStates(jobs.size());

        jobs.forEach((name, expected) -> {
            long id = ids.get(name);
            assertThat(dashboardHealth(dashboard, id)).as("dashboard: " + name).isEqualTo(expected.health());
            assertThat(apiJobs.get(name).get("status").stringValue()).as("/api/jobs: " + name).isEqualTo(expected.health());
            assertThat(apiJobs.get(name).get("up").booleanValue()).as("/api/jobs up: " + name).isEqualTo(expected.up());
            Http.Reply status = http.get("/api/status/" + SERVER + "/" + name.replace(" ", "%20"));
            assertThat(status.status()).as("status URL: " + name).isEqualTo(expected.up() ? 200 : 503);
            assertThat(status.json().get("status").stringValue()).as("status URL: " + name).isEqualTo(expected.health());
            assertThat(mqtt.get(name).get("status").stringValue()).as("MQTT: " + name).isEqualTo(expected.health());
            assertThat(mqtt.get(name).get("up").booleanValue()).as("MQTT up: " + name).isEqualTo(expected.up());
            assertThat(metric(metrics, "dupliwatch_backup_up", name)).as("/metrics up: " + name)
                    .isEqualTo(expected.parsedResult() == null ? null : expected.up() ? "1.0" : "0.0");
            assertThat(metricStatus(metrics, name)).as("/metrics status: " + name).isEqualTo(expected.metricStatus());
            assertThat(jdbc.sql("SELECT kind FROM notify_events WHERE job_id = :id").param("id", id).query(String.class)
                    .optional().orElse(null)).as("notification: " + name).isEqualTo(expected.event());
        });
    }

    /** The badge of the job's row in the dashboard's table. */
    static String dashboardHealth(String html, long jobId) {
        Matcher row = Pattern.compile("<tr id=\"job-" + jobId + "\" class=\"row-([a-z]+)\"").matcher(html);
        return row.find() ? row.group(1) : null;
    }

    static String metric(String metrics, String name, String job) {
        Matcher sample = Pattern.compile("^" + name + "\\{[^}]*job=\"" + Pattern.quote(job) + "\"[^}]*} (\\S+)$",
                Pattern.MULTILINE).matcher(metrics);
        return sample.find() ? sample.group(1) : null;
    }

    /** The status label whose {@code dupliwatch_backup_last_status} is 1. */
    static String metricStatus(String metrics, String job) {
        Matcher sample = Pattern.compile("^dupliwatch_backup_last_status\\{[^}]*job=\"" + Pattern.quote(job)
                + "\"[^}]*status=\"([a-z]+)\"[^}]*} 1\\.0$", Pattern.MULTILINE).matcher(metrics);
        return sample.find() ? sample.group(1) : null;
    }

    /** The retained state of each job, by job name, once every job has one. */
    static Map<String, JsonNode> mqttStates(int jobs) {
        Map<String, JsonNode> states = new HashMap<>();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            broker.retained().forEach((topic, payload) -> {
                if (topic.endsWith("/state")) {
                    JsonNode state = JSON.readTree(payload);
                    states.put(state.get("job").stringValue(), state);
                }
            });
            return states.size() >= jobs;
        });
        return states;
    }
}
