package io.dupliwatch.integrations.relay;

import java.net.URI;
import java.time.Instant;

/**
 * A job's outgoing heartbeat and the outcome of its last ping.
 *
 * @param url        the push URL; it contains the monitor's secret token: never log it
 * @param lastSignal {@code up} or {@code down}, {@code null} before the first ping
 * @param lastError  why the last ping failed after its retries, {@code null} when it was delivered
 */
record Heartbeat(long jobId, URI url, HeartbeatKind kind, Instant updatedAt, Instant lastSentAt, String lastSignal,
                 String lastError) {

    /** What logs may show: the monitor's host, never its token. */
    String target() {
        return kind.json() + " at " + url.getHost();
    }
}
