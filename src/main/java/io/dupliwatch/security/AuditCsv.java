package io.dupliwatch.security;

import java.io.StringWriter;
import java.util.List;

import io.dupliwatch.config.CsvWriter;

/** The audit log as CSV, through the {@link CsvWriter} (actor names and user agents come from whoever sent the request). */
final class AuditCsv {

    static final String HEADER = "id,occurred_at,actor,action,target,outcome,client_ip,user_agent,details";

    private AuditCsv() {
    }

    static String of(List<AuditEntry> entries) {
        StringWriter text = new StringWriter();
        CsvWriter csv = new CsvWriter(text);
        csv.row((Object[]) HEADER.split(","));
        for (AuditEntry e : entries) {
            csv.row(e.id(), e.occurredAt(), e.actor(), e.action(), e.target(), e.outcome().id(), e.clientIp(),
                    e.userAgent(), e.details());
        }
        return text.toString();
    }
}
