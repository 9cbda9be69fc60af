package io.dupliwatch.security;

import java.util.List;

/**
 * The audit log as CSV (RFC 4180). Cells that a spreadsheet would run as a formula get a leading apostrophe:
 * actor names and user agents come from whoever sent the request.
 */
final class AuditCsv {

    static final String HEADER = "id,occurred_at,actor,action,target,outcome,client_ip,user_agent,details";

    private AuditCsv() {
    }

    static String of(List<AuditEntry> entries) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (AuditEntry e : entries) {
            csv.append(e.id()).append(',')
                    .append(cell(e.occurredAt().toString())).append(',')
                    .append(cell(e.actor())).append(',')
                    .append(cell(e.action())).append(',')
                    .append(cell(e.target())).append(',')
                    .append(cell(e.outcome().id())).append(',')
                    .append(cell(e.clientIp())).append(',')
                    .append(cell(e.userAgent())).append(',')
                    .append(cell(e.details())).append("\r\n");
        }
        return csv.toString();
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
