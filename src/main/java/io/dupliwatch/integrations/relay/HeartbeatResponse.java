package io.dupliwatch.integrations.relay;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A job's heartbeat configuration and the outcome of its last ping. The URL itself is never shown (it holds the
 * monitor's token): {@code url_hint} is its scheme and host.
 *
 * @param lastSignal {@code up} or {@code down}
 * @param lastError  why the last ping was not delivered, {@code null} when it was
 */
record HeartbeatResponse(@JsonProperty("job_id") long jobId,
                         @JsonProperty("url_hint") String urlHint,
                         String kind,
                         @JsonProperty("updated_at") Instant updatedAt,
                         @JsonProperty("last_sent_at") Instant lastSentAt,
                         @JsonProperty("last_signal") String lastSignal,
                         @JsonProperty("last_error") String lastError) {

    static HeartbeatResponse of(Heartbeat heartbeat) {
        return new HeartbeatResponse(heartbeat.jobId(), heartbeat.urlHint(), heartbeat.kind().json(),
                heartbeat.updatedAt(), heartbeat.lastSentAt(), heartbeat.lastSignal(), heartbeat.lastError());
    }
}
