package io.dupliwatch.integrations.relay;

import java.time.Instant;

/**
 * A job's outgoing heartbeat and the outcome of its last ping.
 *
 * @param urlSecret  the push URL, encrypted: it contains the monitor's token, so it is only decrypted to send
 * @param urlHint    scheme and host of the URL, safe to show and log
 * @param updatedAt  when the URL was set; a ping's outcome is only recorded if it has not changed since
 * @param lastSignal {@code up} or {@code down}, {@code null} before the first ping
 * @param lastError  why the last ping failed after its retries, {@code null} when it was delivered
 */
record Heartbeat(long jobId, String urlSecret, String urlHint, HeartbeatKind kind, Instant updatedAt,
                 Instant lastSentAt, String lastSignal, String lastError) {

    /** What logs may show: the monitor's kind and host, never its token. */
    String target() {
        return kind.json() + " at " + urlHint;
    }
}
