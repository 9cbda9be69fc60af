package io.dupliwatch.ingest;

import java.util.Locale;
import java.util.Map;

import io.dupliwatch.errors.DomainException;

/** A report Dupliwatch will not store, with the status and JSON details that tell the sender why. */
class RejectedReportException extends DomainException {

    /** Why a report was refused: a small fixed set, so it can label a metric. */
    enum Reason {
        EMPTY_BODY(Kind.INVALID),
        MALFORMED_JSON(Kind.INVALID),
        NOT_A_BACKUP(Kind.INVALID),
        MISSING_FIELDS(Kind.INVALID),
        INVALID_DATA(Kind.INVALID),
        FORM_ENCODED(Kind.UNSUPPORTED_FORMAT),
        TOO_LARGE(Kind.TOO_LARGE),
        DUPLICATE(Kind.CONFLICT);

        private final Kind kind;

        Reason(Kind kind) {
            this.kind = kind;
        }

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Reason reason;

    RejectedReportException(Reason reason, String error) {
        this(reason, error, Map.of());
    }

    /** @param details further fields of the answer ({@code missingFields}...) */
    RejectedReportException(Reason reason, String error, Map<String, Object> details) {
        super(reason.kind, error, error, details);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
