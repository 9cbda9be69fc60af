package io.dupliwatch.security;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Filters of the audit log; null means "any". Newest first.
 *
 * @param beforeId only entries older than this id (paging), or null
 */
public record AuditQuery(String actor, String action, AuditEntry.Outcome outcome, Instant from, Instant to, Long beforeId,
                  int limit) {

    /**
     * From request parameters. {@code from}/{@code to} take an ISO instant or a day ({@code 2026-03-01}, UTC; a day
     * as {@code to} includes that whole day).
     */
    public static AuditQuery parse(String actor, String action, String outcome, String from, String to, Long beforeId,
                            Integer limit, int maxLimit) {
        AuditEntry.Outcome parsedOutcome = null;
        if (!blank(outcome)) {
            try {
                parsedOutcome = AuditEntry.Outcome.valueOf(outcome.trim().toUpperCase(Locale.ROOT));
            }
            catch (IllegalArgumentException e) {
                throw new InvalidInputException("outcome", "outcome must be 'success' or 'failure'", "problem.audit.outcome");
            }
        }
        int rows = limit == null ? maxLimit : limit;
        if (rows < 1 || rows > maxLimit) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + maxLimit);
        }
        return new AuditQuery(blank(actor) ? null : actor.trim(), blank(action) ? null : action.trim(), parsedOutcome,
                time("from", from, false), time("to", to, true), beforeId, rows);
    }

    private static Instant time(String field, String value, boolean endOfDay) {
        if (blank(value)) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value);
        }
        catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " must be a day (2026-03-01) or an ISO instant (2026-03-01T10:00:00Z)",
                    "problem.audit.date");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
