package io.dupliwatch.security;

import java.util.List;

/** The audit log page: the filter as typed, the entries, and the same filter as a query string for exports. */
public record AuditView(String contextPath, String actor, String action, String outcome, String from, String to,
                        String filterQuery, List<AuditEntry> entries, String error, int pageSize, int exportLimit,
                        long retentionDays) {
}
