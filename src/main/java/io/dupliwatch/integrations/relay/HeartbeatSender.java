package io.dupliwatch.integrations.relay;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.dupliwatch.config.OutboundHttp;
import io.dupliwatch.config.OutboundHttp.RefusedDestinationException;
import io.dupliwatch.storage.SecretCipher;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Sends pings on its own threads, so an upload never waits for a monitor. A ping is retried on a network error,
 * a 5xx or a 429 ({@link HeartbeatProperties#maxAttempts()} attempts, delay doubling); the outcome is recorded on
 * the heartbeat. The URL is decrypted only here; logs name the monitor's host, never the URL (its token is a secret).
 * Pings follow the {@link OutboundHttp} rules: a redirect or a refused destination fails at once, without retries.
 */
@Component
class HeartbeatSender implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(HeartbeatSender.class);
    static final String UNDECRYPTABLE = "the stored URL cannot be decrypted (secret.key was replaced): set it again";

    private final HeartbeatRepository heartbeats;
    private final HeartbeatProperties properties;
    private final Clock clock;
    private final Supplier<RestClient> http;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    HeartbeatSender(HeartbeatRepository heartbeats, HeartbeatProperties properties, Clock clock,
                    OutboundHttp outbound) {
        this.heartbeats = heartbeats;
        this.properties = properties;
        this.clock = clock;
        this.http = outbound.onFirstUse(properties.timeout(), properties.timeout());
        scheduler.setPoolSize(2);
        scheduler.setThreadNamePrefix("heartbeat-");
        scheduler.initialize();
    }

    void send(Heartbeat heartbeat, boolean up, String message) {
        String signal = up ? "up" : "down";
        HeartbeatKind.Ping ping;
        try {
            ping = heartbeat.kind().ping(heartbeats.url(heartbeat), up, message);
        }
        catch (SecretCipher.UndecryptableSecretException e) {
            log.warn("Heartbeat of job {} ({}) not sent: its stored URL cannot be decrypted ({}); set it again",
                    heartbeat.jobId(), heartbeat.target(), e.getMessage());
            heartbeats.recordOutcome(heartbeat, clock.instant(), signal, UNDECRYPTABLE);
            return;
        }
        scheduler.execute(() -> attempt(heartbeat, ping, signal, 1));
    }

    private void attempt(Heartbeat heartbeat, HeartbeatKind.Ping ping, String signal, int attempt) {
        String failure;
        boolean transientFailure;
        try {
            HttpStatusCode status = request(ping).exchange((request, response) -> response.getStatusCode());
            if (status.is2xxSuccessful()) {
                heartbeats.recordOutcome(heartbeat, clock.instant(), signal, null);
                log.debug("Heartbeat '{}' sent to {} for job {}", signal, heartbeat.target(), heartbeat.jobId());
                return;
            }
            failure = status.is3xxRedirection() ? OutboundHttp.redirected(status.value()) : "HTTP " + status.value();
            transientFailure = status.is5xxServerError() || status.value() == 429;
        }
        catch (RestClientException e) {
            // The exception's own message quotes the URL; its cause names the network problem only.
            Throwable cause = e.getMostSpecificCause();
            if (cause instanceof RefusedDestinationException) {
                failure = cause.getMessage();
                transientFailure = false;
            }
            else {
                failure = cause.getClass().getSimpleName()
                        + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
                transientFailure = true;
            }
        }
        if (transientFailure && attempt < properties.maxAttempts()) {
            Duration delay = properties.retryDelay().multipliedBy(1L << (attempt - 1));
            log.info("Heartbeat to {} for job {} failed ({}), attempt {}/{}; retrying in {}", heartbeat.target(),
                    heartbeat.jobId(), failure, attempt, properties.maxAttempts(), delay);
            scheduler.schedule(() -> attempt(heartbeat, ping, signal, attempt + 1), clock.instant().plus(delay));
            return;
        }
        log.warn("Heartbeat to {} for job {} failed ({}) after {} attempt(s); giving up", heartbeat.target(),
                heartbeat.jobId(), failure, attempt);
        heartbeats.recordOutcome(heartbeat, clock.instant(), signal, failure);
    }

    private RestClient.RequestBodySpec request(HeartbeatKind.Ping ping) {
        RestClient.RequestBodySpec request = http.get().method(ping.method()).uri(ping.uri());
        if (ping.body() != null) {
            request.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8)).body(ping.body());
        }
        return request;
    }

    @Override
    public void destroy() {
        scheduler.shutdown();
    }
}
