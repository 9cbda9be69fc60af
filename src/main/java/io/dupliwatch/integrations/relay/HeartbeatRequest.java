package io.dupliwatch.integrations.relay;

/**
 * {@code PUT /api/integrations/jobs/{jobId}/heartbeat}.
 *
 * @param url  the monitor's push URL (http or https)
 * @param kind {@code healthchecks} or {@code uptime-kuma}; guessed from the URL when absent
 */
record HeartbeatRequest(String url, String kind) {
}
