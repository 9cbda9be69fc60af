package io.dupliwatch.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.Assert;

@Repository
class AuditRepository {

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Instant at, String actor, String action, String target, AuditEntry.Outcome outcome, String clientIp,
                String userAgent, String details) {
        int inserted = jdbc.sql("""
                        INSERT INTO audit_log (occurred_at, actor, action, target, outcome, client_ip, user_agent, details)
                        VALUES (:at, :actor, :action, :target, :outcome, :ip, :agent, :details)""")
                .param("at", at.toEpochMilli()).param("actor", actor).param("action", action).param("target", target)
                .param("outcome", outcome.id()).param("ip", clientIp).param("agent", userAgent).param("details", details)
                .update();
        Assert.state(inserted == 1, "audit entry not stored");
    }

    List<AuditEntry> find(AuditQuery query) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (query.actor() != null) {
            conditions.add("LOWER(actor) = :actor");
            params.put("actor", query.actor().toLowerCase(Locale.ROOT));
        }
        if (query.action() != null) {
            conditions.add("action = :action");
            params.put("action", query.action());
        }
        if (query.outcome() != null) {
            conditions.add("outcome = :outcome");
            params.put("outcome", query.outcome().id());
        }
        if (query.from() != null) {
            conditions.add("occurred_at >= :from");
            params.put("from", query.from().toEpochMilli());
        }
        if (query.to() != null) {
            conditions.add("occurred_at < :to");
            params.put("to", query.to().toEpochMilli());
        }
        if (query.beforeId() != null) {
            conditions.add("id < :beforeId");
            params.put("beforeId", query.beforeId());
        }
        String where = conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
        return jdbc.sql("""
                        SELECT id, occurred_at, actor, action, target, outcome, client_ip, user_agent, details
                        FROM audit_log %s ORDER BY id DESC LIMIT :limit""".formatted(where))
                .params(params).param("limit", query.limit())
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), Instant.ofEpochMilli(rs.getLong("occurred_at")),
                        rs.getString("actor"), rs.getString("action"), rs.getString("target"),
                        AuditEntry.Outcome.valueOf(rs.getString("outcome").toUpperCase(Locale.ROOT)),
                        rs.getString("client_ip"), rs.getString("user_agent"), rs.getString("details")))
                .list();
    }

    int deleteOlderThan(Instant cutoff) {
        return jdbc.sql("DELETE FROM audit_log WHERE occurred_at < :cutoff").param("cutoff", cutoff.toEpochMilli()).update();
    }
}
