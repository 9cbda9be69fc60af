package io.dupliwatch.integrations.mqtt;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import io.dupliwatch.integrations.JobHealth;
import io.dupliwatch.integrations.JobJson;
import io.dupliwatch.monitoring.HealthStatus;
import io.dupliwatch.report.JobState;

/**
 * Topics and payloads: a job's state as JSON (the fields of {@code /api/jobs}) and Home Assistant discovery configs
 * for it, one device per Duplicati server. Everything is published retained, so Home Assistant (re)starting finds it.
 */
class HomeAssistantMessages {

    /** A message to publish retained. */
    record Message(String topic, String payload) {
    }

    private static final String NODE_ID = "dupliwatch";
    private static final int MAX_SLUG = 40;

    private final MqttProperties properties;
    private final JsonMapper json;

    HomeAssistantMessages(MqttProperties properties, JsonMapper json) {
        this.properties = properties;
        this.json = json;
    }

    /** {@code online} while connected; the broker sets {@code offline} (the will) when the connection drops. */
    String availabilityTopic() {
        return properties.topicPrefix() + "/status";
    }

    String stateTopic(JobState job) {
        return properties.topicPrefix() + "/" + key(job.serverId()) + "/" + key(job.backupName()) + "/state";
    }

    /** The state without {@code seconds_since_last_run}: it changes every second, the retained state should not. */
    Message state(JobHealth health, Instant now) {
        ObjectNode state = json.valueToTree(JobJson.of(health, now));
        state.remove("seconds_since_last_run");
        return new Message(stateTopic(health.job()), json.writeValueAsString(state));
    }

    /** The discovery configs of the job's entities; empty when discovery is off. */
    List<Message> discovery(JobHealth health) {
        if (!properties.discovery()) {
            return List.of();
        }
        JobState job = health.job();
        List<Message> configs = new ArrayList<>();
        Map<String, Object> problem = entity(job, "problem", "problem", "{{ 'OFF' if value_json.up else 'ON' }}");
        problem.put("device_class", "problem");
        problem.put("json_attributes_topic", stateTopic(job));
        configs.add(config("binary_sensor", job, "problem", problem));

        Map<String, Object> status = entity(job, "status", "status", "{{ value_json.status }}");
        status.put("device_class", "enum");
        status.put("options", Arrays.stream(HealthStatus.values()).map(HealthStatus::id).toList());
        configs.add(config("sensor", job, "status", status));

        Map<String, Object> lastRun = entity(job, "last_run", "last backup", "{{ value_json.last_run }}");
        lastRun.put("device_class", "timestamp");
        configs.add(config("sensor", job, "last_run", lastRun));

        configs.add(config("sensor", job, "source_size", size(entity(job, "source_size", "backup size",
                "{{ value_json.source_size_bytes }}"))));
        configs.add(config("sensor", job, "storage_used", size(entity(job, "storage_used", "storage used",
                "{{ value_json.storage_used_bytes }}"))));
        return configs;
    }

    private Map<String, Object> entity(JobState job, String suffix, String label, String valueTemplate) {
        Map<String, Object> entity = new LinkedHashMap<>();
        entity.put("name", job.backupName() + " " + label);
        entity.put("unique_id", uniqueId(job, suffix));
        entity.put("state_topic", stateTopic(job));
        entity.put("value_template", valueTemplate);
        entity.put("availability_topic", availabilityTopic());
        entity.put("device", device(job));
        entity.put("origin", Map.of("name", "Dupliwatch"));
        return entity;
    }

    private static Map<String, Object> size(Map<String, Object> entity) {
        entity.put("device_class", "data_size");
        entity.put("unit_of_measurement", "B");
        entity.put("state_class", "measurement");
        return entity;
    }

    private static Map<String, Object> device(JobState job) {
        Map<String, Object> device = new LinkedHashMap<>();
        device.put("identifiers", List.of(NODE_ID + "_" + key(job.serverId())));
        device.put("name", job.serverDisplayName());
        device.put("manufacturer", "Duplicati");
        device.put("model", "Duplicati backups (via Dupliwatch)");
        return device;
    }

    private Message config(String component, JobState job, String suffix, Map<String, Object> payload) {
        return new Message(properties.discoveryPrefix() + "/" + component + "/" + NODE_ID + "/" + uniqueId(job, suffix)
                + "/config", json.writeValueAsString(payload));
    }

    private static String uniqueId(JobState job, String suffix) {
        return NODE_ID + "_" + key(job.serverId()) + "_" + key(job.backupName()) + "_" + suffix;
    }

    /**
     * A topic level and id part made of {@code [a-z0-9_-]}: the text itself when it already is, else a slug plus a
     * short hash of the original so that different names never share a topic.
     */
    static String key(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "_");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG);
        }
        return slug.equals(text) && !slug.isEmpty() ? slug : slug + "_" + hash(text);
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
