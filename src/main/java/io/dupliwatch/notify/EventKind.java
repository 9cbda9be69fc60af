package io.dupliwatch.notify;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

import io.dupliwatch.monitoring.HealthStatus;

/** What a notification is about. Every kind but {@link #TEST} has an editable template. */
public enum EventKind {

    /** A run finished with status Success. */
    SUCCESS(Severity.GOOD),
    /** A run finished with Warning or Unknown. */
    WARNING(Severity.WARNING),
    /** A run finished with Error or Fatal. */
    ERROR(Severity.FAILURE),
    /** An expected run did not arrive. */
    OVERDUE(Severity.WARNING),
    /** The first good run after a failure, an overdue or an untested period. */
    RECOVERED(Severity.GOOD),
    /** An expected restore or verification never succeeded, or not within its interval. */
    UNTESTED(Severity.WARNING),
    /** A restore, verification or other operation besides a backup ended with Error or Fatal. */
    OPERATION_FAILED(Severity.FAILURE),
    /** A test sent from the channel settings. */
    TEST(Severity.INFO);

    public enum Severity { INFO, GOOD, WARNING, FAILURE }

    private final Severity severity;

    EventKind(Severity severity) {
        this.severity = severity;
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Severity severity() {
        return severity;
    }

    public static List<EventKind> templated() {
        return Arrays.stream(values()).filter(kind -> kind != TEST).toList();
    }

    public static Optional<EventKind> fromId(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id().equals(id)).findFirst();
    }

    /** The template used for a run with this Duplicati status: the run's {@link HealthStatus}. */
    public static EventKind forRunStatus(String status) {
        return switch (HealthStatus.ofRun(status)) {
            case OK -> SUCCESS;
            case ERROR -> ERROR;
            default -> WARNING;
        };
    }
}
