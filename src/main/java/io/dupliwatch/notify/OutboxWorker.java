package io.dupliwatch.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import io.dupliwatch.config.LogEscape;
import io.dupliwatch.notify.DeliveryLog.Delivery;
import io.dupliwatch.notify.DeliveryLog.Outcome;
import io.dupliwatch.notify.Dispatcher.Attempt;
import io.dupliwatch.notify.NotificationChannels.StoredChannel;
import io.dupliwatch.notify.OutboxRepository.OutboxEntry;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds. Each scan claims due entries one by one with a conditional update (several
 * instances may share a database), renders the message with the current template, sends it outside any
 * transaction, then records the attempt in the delivery log and either removes the entry (delivered, permanent
 * failure, attempts exhausted) or schedules a retry with exponential back-off.
 * <p>
 * Runs on its own thread, so a slow channel never delays other scheduled work or the requests that queued it.
 * An entry claimed by an instance that died is taken over after {@code claim-timeout}.
 */
@Component
class OutboxWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

    private final OutboxRepository outbox;
    private final NotificationChannels channels;
    private final MessageRenderer renderer;
    private final Dispatcher dispatcher;
    private final DeliveryLog deliveries;
    private final TransactionTemplate transaction;
    private final NotifyProperties properties;
    private final JsonMapper json;
    private final Clock clock;
    private volatile ScheduledExecutorService executor;

    OutboxWorker(OutboxRepository outbox, NotificationChannels channels, MessageRenderer renderer,
                 Dispatcher dispatcher, DeliveryLog deliveries, TransactionTemplate transaction,
                 NotifyProperties properties, JsonMapper json, Clock clock) {
        this.outbox = outbox;
        this.channels = channels;
        this.renderer = renderer;
        this.dispatcher = dispatcher;
        this.deliveries = deliveries;
        this.transaction = transaction;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /**
     * One scan: sends every entry due now, up to the batch size.
     *
     * @return the number of entries attempted
     */
    int drain() {
        Instant now = clock.instant();
        Instant staleBefore = now.minus(properties.claimTimeout());
        int attempted = 0;
        for (OutboxEntry entry : outbox.findDue(now, staleBefore, properties.batchSize())) {
            if (outbox.claim(entry.id(), now, staleBefore)) {
                deliver(entry, now);
                attempted++;
            }
        }
        return attempted;
    }

    /** Asks for a scan soon, e.g. right after an upload queued something; no-op when the worker is off. */
    void wake() {
        ScheduledExecutorService running = executor;
        if (running != null && !running.isShutdown()) {
            running.execute(this::drainLogged);
        }
    }

    private void deliver(OutboxEntry entry, Instant claimedAt) {
        Optional<String> storedFacts = outbox.eventFacts(entry.eventId());
        Optional<StoredChannel> channel = channels.find(entry.channelId());
        if (channel.isEmpty() || storedFacts.isEmpty()) {
            return; // the channel or job was deleted meanwhile, and the entry with it
        }
        EventFacts facts = json.readValue(storedFacts.get(), EventFacts.class);
        RenderedMessage message = renderer.render(facts, channel.get().language());
        Attempt attempt = channel.get().enabled() ? dispatcher.send(channel.get(), entry.recipient(), message)
                : Attempt.refused("The channel is disabled");
        int attempts = entry.attempts() + 1;
        boolean finished = attempt.delivered() || attempt.permanent() || attempts >= properties.maxAttempts();
        Instant retryAt = finished ? null : clock.instant().plus(backoff(attempts));
        logOutcome(channel.get(), facts, attempt, attempts, retryAt);
        transaction.executeWithoutResult(status -> {
            deliveries.record(new Delivery(null, claimedAt, channel.get().id(), channel.get().name(),
                    channel.get().kind(), entry.recipient(), facts.event(), facts.jobId(), facts.runId(),
                    facts.serverName(), facts.backupName(), message.title(), attempts,
                    attempt.delivered() ? Outcome.DELIVERED : Outcome.FAILED, attempt.error(), retryAt,
                    attempt.took().toMillis()));
            boolean stillOurs = finished ? outbox.remove(entry.id(), entry.eventId(), claimedAt)
                    : outbox.reschedule(entry.id(), claimedAt, attempts, retryAt, attempt.error());
            if (!stillOurs) {
                log.warn("Notification {} was taken over by another worker while being sent", entry.id());
            }
        });
    }

    /** {@code initial-backoff} doubled per failed attempt, capped at {@code max-backoff}. */
    private Duration backoff(int failedAttempts) {
        Duration max = properties.maxBackoff();
        Duration delay = properties.initialBackoff();
        for (int i = 1; i < failedAttempts && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }

    private void logOutcome(StoredChannel channel, EventFacts facts, Attempt attempt, int attempts, Instant retryAt) {
        if (attempt.delivered()) {
            log.debug("Delivered {} notification for {}/{} through '{}'", facts.event().id(), LogEscape.of(facts.serverName()),
                    LogEscape.of(facts.backupName()), LogEscape.of(channel.name()));
        }
        else {
            log.warn("Notification through '{}' failed (attempt {}{}): {}", LogEscape.of(channel.name()), attempts,
                    retryAt == null ? ", giving up" : ", retry at " + retryAt, LogEscape.of(attempt.error()));
        }
    }

    private void drainLogged() {
        try {
            drain();
        }
        catch (RuntimeException e) {
            log.error("Outbox scan failed; next scan in {}", properties.pollInterval(), e);
        }
    }

    @Override
    public void start() {
        if (!properties.workerEnabled() || executor != null) {
            return;
        }
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "notify-outbox");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        long interval = properties.pollInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::drainLogged, interval, interval, TimeUnit.MILLISECONDS);
        executor = scheduler;
        log.info("Notification worker started (scan every {})", properties.pollInterval());
    }

    /** Lets the current send finish (bounded by the channel timeouts) so no attempt is left half-recorded. */
    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        if (running == null) {
            return;
        }
        executor = null;
        running.shutdown();
        try {
            Duration grace = properties.connectTimeout().plus(properties.readTimeout()).plusSeconds(5);
            if (!running.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                running.shutdownNow();
            }
        }
        catch (InterruptedException e) {
            running.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
