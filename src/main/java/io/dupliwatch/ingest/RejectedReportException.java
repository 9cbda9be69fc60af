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
        TOO_MANY_NEW_SERVERS(HttpStatus.TOO_MANY_REQUESTS),
        DUPLICATE(HttpStatus.CONFLICT),
        NAME_TAKEN(HttpStatus.CONFLICT);

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
    private final Long retryAfterSeconds;

    RejectedReportException(Reason reason, String error) {
        this(reason, error, Map.of());
    }

    RejectedReportException(Reason reason, String error, Map<String, Object> details) {
        this(reason, error, details, null);
    }

    private RejectedReportException(Reason reason, String error, Map<String, Object> details, Long retryAfterSeconds) {
        super(error);
        this.reason = reason;
        this.details = details;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static RejectedReportException tooManyNewServers(int limit, long retryAfterSeconds) {
        return new RejectedReportException(Reason.TOO_MANY_NEW_SERVERS, "This address created " + limit
                + " new servers within the last hour (dupliwatch.ingest.new-servers-per-address-per-hour);"
                + " reports of known servers are still accepted", Map.of("retryAfterSeconds", retryAfterSeconds),
                retryAfterSeconds);
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

    /** For the {@code Retry-After} header; null when retrying cannot help. */
    Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
