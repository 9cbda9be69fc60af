package io.dupliwatch.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonValue;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.Assert;

/** Every delivery attempt, kept after its channel, job or outbox entry is gone. */
@Repository
class DeliveryLog {

    enum Outcome {
        DELIVERED, FAILED,
        /** Not sent: a repeat within the flood window ({@link NotifyProperties#floodWindow()}). */
        SUPPRESSED;

        @JsonValue
        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One attempt.
     *
     * @param retryAt when the next attempt is due; {@code null} when delivered or given up
     */
    record Delivery(Long id, Instant attemptedAt, long channelId, String channelName, ChannelKind channelKind,
                    String recipient, EventKind event, Long jobId, Long runId, String serverName, String backupName,
                    String title, int attempt, Outcome outcome, String error, Instant retryAt, long durationMs) {
    }

    /** Filters of the log listing; null means any. */
    record Query(Long channelId, Long jobId, Outcome outcome, Long beforeId, int limit) {
    }

    private static final String SELECT = """
            SELECT d.id, d.attempted_at, d.channel_id, d.channel_name, d.channel_kind, d.recipient, d.event, d.job_id,
                   d.run_id, d.server_name, d.backup_name, d.title, d.attempt, d.outcome, d.error, d.retry_at,
                   d.duration_ms
              FROM notify_deliveries d
            """;

    private final JdbcClient jdbc;

    DeliveryLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(Delivery delivery) {
        int inserted = jdbc.sql("""
                INSERT INTO notify_deliveries (attempted_at, channel_id, channel_name, channel_kind, recipient, event,
                                               job_id, run_id, server_name, backup_name, title, attempt, outcome,
                                               error, retry_at, duration_ms)
                VALUES (:attemptedAt, :channelId, :channelName, :channelKind, :recipient, :event, :jobId, :runId,
                        :serverName, :backupName, :title, :attempt, :outcome, :error, :retryAt, :durationMs)
                """)
                .param("attemptedAt", delivery.attemptedAt().toEpochMilli())
                .param("channelId", delivery.channelId())
                .param("channelName", delivery.channelName())
                .param("channelKind", delivery.channelKind().id())
                .param("recipient", delivery.recipient())
                .param("event", delivery.event().id())
                .param("jobId", delivery.jobId())
                .param("runId", delivery.runId())
                .param("serverName", delivery.serverName())
                .param("backupName", delivery.backupName())
                .param("title", delivery.title())
                .param("attempt", delivery.attempt())
                .param("outcome", delivery.outcome().id())
                .param("error", delivery.error())
                .param("retryAt", delivery.retryAt() == null ? null : delivery.retryAt().toEpochMilli())
                .param("durationMs", delivery.durationMs())
                .update();
        Assert.state(inserted == 1, "delivery not recorded");
    }

    /** Newest first. */
    List<Delivery> list(Query query) {
        Map<String, Object> params = new HashMap<>();
        List<String> conditions = new ArrayList<>();
        condition(conditions, params, "d.channel_id = :channelId", "channelId", query.channelId());
        condition(conditions, params, "d.job_id = :jobId", "jobId", query.jobId());
        condition(conditions, params, "d.outcome = :outcome", "outcome",
                query.outcome() == null ? null : query.outcome().id());
        condition(conditions, params, "d.id < :beforeId", "beforeId", query.beforeId());
        params.put("limit", query.limit());
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return jdbc.sql(SELECT + where + " ORDER BY d.id DESC LIMIT :limit")
                .params(params)
                .query(DeliveryLog::map)
                .list();
    }

    private static void condition(List<String> conditions, Map<String, Object> params, String sql, String name,
                                  Object value) {
        if (value != null) {
            conditions.add(sql);
            params.put(name, value);
        }
    }

    private static Delivery map(ResultSet rs, int n) throws SQLException {
        long retryAt = rs.getLong("retry_at");
        Instant retry = rs.wasNull() ? null : Instant.ofEpochMilli(retryAt);
        return new Delivery(rs.getLong("id"), Instant.ofEpochMilli(rs.getLong("attempted_at")), rs.getLong("channel_id"),
                rs.getString("channel_name"), ChannelKind.fromId(rs.getString("channel_kind")).orElseThrow(),
                rs.getString("recipient"), EventKind.fromId(rs.getString("event")).orElseThrow(),
                nullableLong(rs, "job_id"), nullableLong(rs, "run_id"), rs.getString("server_name"),
                rs.getString("backup_name"), rs.getString("title"), rs.getInt("attempt"),
                Outcome.valueOf(rs.getString("outcome").toUpperCase(Locale.ROOT)), rs.getString("error"), retry,
                rs.getLong("duration_ms"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
