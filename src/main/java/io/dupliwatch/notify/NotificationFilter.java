package io.dupliwatch.notify;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Which run reports of a job are notified. Overdue and recovered alerts are sent unless the filter is
 * {@link #OFF}.
 */
enum NotificationFilter {

    /** Every run. */
    ALL,
    /** Every run whose status is not Success (the default). */
    WARNINGS,
    /** Runs with status Error or Fatal, or with at least one error. */
    ERRORS,
    /** Nothing, not even overdue or recovered alerts. */
    OFF;

    static final NotificationFilter DEFAULT = WARNINGS;

    @JsonValue
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<NotificationFilter> fromId(String id) {
        return Arrays.stream(values()).filter(filter -> filter.id().equals(id)).findFirst();
    }

    boolean accepts(EventFacts facts) {
        if (this == OFF) {
            return false;
        }
        if (!facts.isRun()) {
            return true;
        }
        return switch (this) {
            case ALL -> true;
            case WARNINGS -> facts.event() != EventKind.SUCCESS;
            case ERRORS -> facts.event() == EventKind.ERROR || (facts.errorsCount() != null && facts.errorsCount() > 0);
            case OFF -> false;
        };
    }
}
