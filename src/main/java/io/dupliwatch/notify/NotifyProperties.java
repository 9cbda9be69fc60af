package io.dupliwatch.notify;

import java.time.Duration;

import io.dupliwatch.config.Language;
import io.dupliwatch.config.LogEscape;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notifications: template language, outbox worker and outbound HTTP/SMTP timeouts.
 *
 * @param language       language of the default templates and of formatted values of channels without their own:
 *                       {@code en}, {@code de}, {@code fr}, {@code es}, {@code pt-BR}, {@code it}, {@code nl},
 *                       {@code zh-Hans} or {@code hi-Latn}
 * @param workerEnabled  whether this instance sends notifications from the outbox
 * @param pollInterval   pause between two outbox scans
 * @param batchSize      outbox rows claimed per scan
 * @param maxAttempts    attempts per notification before it is given up
 * @param initialBackoff wait after the first failed attempt; doubled after each further failure
 * @param maxBackoff     longest wait between two attempts
 * @param claimTimeout   a claimed row whose sender died is taken over after this long
 * @param connectTimeout connection timeout of channels (HTTP and SMTP)
 * @param readTimeout    response timeout of channels (HTTP and SMTP)
 * @param floodWindow    after a notification of a kind (error, warning, overdue…) is queued for a job, repeats of
 *                       that kind for that job within this window are not sent but logged as suppressed;
 *                       {@code 0} turns flood control off
 */
@ConfigurationProperties("dupliwatch.notify")
public record NotifyProperties(@DefaultValue("en") String language,
                               @DefaultValue("true") boolean workerEnabled,
                               @DefaultValue("5s") Duration pollInterval,
                               @DefaultValue("20") int batchSize,
                               @DefaultValue("10") int maxAttempts,
                               @DefaultValue("30s") Duration initialBackoff,
                               @DefaultValue("6h") Duration maxBackoff,
                               @DefaultValue("5m") Duration claimTimeout,
                               @DefaultValue("10s") Duration connectTimeout,
                               @DefaultValue("30s") Duration readTimeout,
                               @DefaultValue("10m") Duration floodWindow) {

    public NotifyProperties {
        String configured = language;
        language = Language.ofTag(configured).map(Language::tag).orElseThrow(() -> new IllegalArgumentException(
                "dupliwatch.notify.language must be one of " + String.join(", ", Language.tags()) + ", not "
                        + LogEscape.of(configured)));
    }
}
