package io.dupliwatch.ingest;

import java.util.Map;

import org.springframework.http.HttpStatus;

/** A report Dupliwatch will not store, with the status and JSON details that tell the sender why. */
class RejectedReportException extends RuntimeException {

    private final HttpStatus status;
    private final Map<String, Object> details;

    RejectedReportException(HttpStatus status, String error) {
        this(status, error, Map.of());
    }

    RejectedReportException(HttpStatus status, String error, Map<String, Object> details) {
        super(error);
        this.status = status;
        this.details = details;
    }

    HttpStatus status() {
        return status;
    }

    Map<String, Object> details() {
        return details;
    }
}
