package io.dupliwatch.ingest;

import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;

/** A report Dupliwatch will not store, with the status and JSON details that tell the sender why. */
class RejectedReportException extends RuntimeException {

    /** Why a report was refused: a small fixed set, so it can label a metric. */
    enum Reason {
        EMPTY_BODY(HttpStatus.BAD_REQUEST),
        MALFORMED_JSON(HttpStatus.BAD_REQUEST),
        NOT_A_BACKUP(HttpStatus.BAD_REQUEST),
        MISSING_FIELDS(HttpStatus.BAD_REQUEST),
        INVALID_DATA(HttpStatus.BAD_REQUEST),
        FORM_ENCODED(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
        TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),
        DUPLICATE(HttpStatus.CONFLICT);

        private final HttpStatus status;

        Reason(HttpStatus status) {
            this.status = status;
        }

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Reason reason;
    private final Map<String, Object> details;

    RejectedReportException(Reason reason, String error) {
        this(reason, error, Map.of());
    }

    RejectedReportException(Reason reason, String error, Map<String, Object> details) {
        super(error);
        this.reason = reason;
        this.details = details;
    }

    Reason reason() {
        return reason;
    }

    HttpStatus status() {
        return reason.status;
    }

    Map<String, Object> details() {
        return details;
    }
}
