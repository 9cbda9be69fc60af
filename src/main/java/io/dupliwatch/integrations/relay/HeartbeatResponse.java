package io.dupliwatch.integrations.relay;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A job's heartbeat configuration and the outcome of its last ping.
 *
 * @param lastSignal {@code up} or {@code down}
 * @param lastError  why the last ping was not delivered, {@code null} when it was
 */
record HeartbeatResponse(@JsonProperty("job_id") long jobId,
                         String url,
                         String kind,
                         @JsonProperty("updated_at") Instant updatedAt,
                         @JsonProperty("last_sent_at") Instant lastSentAt,
                         @JsonProperty("last_signal") String lastSignal,
                         @JsonProperty("last_error") String lastError) {

    static HeartbeatResponse of(Heartbeat heartbeat) {
        return new HeartbeatResponse(heartbeat.jobId(), heartbeat.url().toString(), heartbeat.kind().json(),
                heartbeat.updatedAt(), heartbeat.lastSentAt(), heartbeat.lastSignal(), heartbeat.lastError());
    }
}
