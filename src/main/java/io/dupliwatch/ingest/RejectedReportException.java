package io.dupliwatch.ingest;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.dupliwatch.errors.DomainException;

/** A report Dupliwatch will not store, with the status and JSON details that tell the sender why. */
class RejectedReportException extends DomainException {

    /** Why a report was refused: a small fixed set, so it can label a metric. */
    enum Reason {
        EMPTY_BODY(Kind.INVALID),
        MALFORMED_JSON(Kind.INVALID),
        MISSING_FIELDS(Kind.INVALID),
        INVALID_DATA(Kind.INVALID),
        FORM_ENCODED(Kind.UNSUPPORTED_FORMAT),
        TOO_LARGE(Kind.TOO_LARGE),
        TOO_MANY_NEW_SERVERS(Kind.TOO_MANY_REQUESTS),
        DUPLICATE(Kind.CONFLICT),
        NAME_TAKEN(Kind.CONFLICT);

        private final Kind kind;

        Reason(Kind kind) {
            this.kind = kind;
        }

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Reason reason;
    private final Duration retryAfter;

    RejectedReportException(Reason reason, String error) {
        this(reason, error, Map.of());
    }

    /** @param details further fields of the answer ({@code missingFields}...) */
    RejectedReportException(Reason reason, String error, Map<String, Object> details) {
        this(reason, error, details, null);
    }

    private RejectedReportException(Reason reason, String error, Map<String, Object> details, Duration retryAfter) {
        super(reason.kind, error, error, details);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    static RejectedReportException tooManyNewServers(int limit, long retryAfterSeconds) {
        return new RejectedReportException(Reason.TOO_MANY_NEW_SERVERS, "This address created " + limit
                + " new servers within the last hour (dupliwatch.ingest.new-servers-per-address-per-hour);"
                + " reports of known servers are still accepted", Map.of("retryAfterSeconds", retryAfterSeconds),
                Duration.ofSeconds(retryAfterSeconds)).localized("problem.report.tooManyNewServers", String.valueOf(limit));
    }

    /** Names the refusal's text in the message bundles, for callers who read another language. */
    RejectedReportException localized(String code, Object... arguments) {
        localizedAs(code, arguments);
        return this;
    }

    Reason reason() {
        return reason;
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
