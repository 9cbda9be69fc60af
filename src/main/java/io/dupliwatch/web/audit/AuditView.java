package io.dupliwatch.web.audit;

import java.util.List;

import io.dupliwatch.security.AuditEntry;

/**
 * The audit log page: the filter as typed, the entries, and the same filter as a query string for exports.
 *
 * @param problem why the filter was refused, or null
 */
public record AuditView(String actor, String action, String outcome, String from, String to, String filterQuery,
                        List<AuditEntry> entries, String problem, int pageSize, int exportLimit, long retentionDays) {

    public boolean filtered() {
        return !filterQuery.isEmpty();
    }
}
