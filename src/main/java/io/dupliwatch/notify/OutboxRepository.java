package io.dupliwatch.notify;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.Assert;

/** Events and their pending deliveries. */
@Repository
class OutboxRepository {

    record OutboxEntry(long id, long eventId, long channelId, String recipient, int attempts) {
    }

    private final JdbcClient jdbc;

    OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertEvent(EventKind kind, long jobId, Long runId, String facts, Instant now) {
        return jdbc.sql("""
                INSERT INTO notify_events (kind, job_id, run_id, facts, created_at)
                VALUES (:kind, :jobId, :runId, :facts, :now)
                RETURNING id
                """)
                .param("kind", kind.id()).param("jobId", jobId).param("runId", runId).param("facts", facts)
                .param("now", now.toEpochMilli())
                .query(Long.class).single();
    }

    void insertEntry(long eventId, long channelId, String recipient, Instant now) {
        int inserted = jdbc.sql("""
                INSERT INTO notify_outbox (event_id, channel_id, recipient, attempts, next_attempt_at, created_at)
                VALUES (:eventId, :channelId, :recipient, 0, :now, :now)
                """)
                .param("eventId", eventId).param("channelId", channelId).param("recipient", recipient)
                .param("now", now.toEpochMilli())
                .update();
        Assert.state(inserted == 1, "outbox entry not inserted");
    }

    /**
     * Opens the flood window of a job and event kind at {@code now}, unless the open one started after
     * {@code openedAfter}; one statement, so two instances cannot both open it.
     *
     * @return {@code false} when a window is still open: the event is a repeat
     */
    boolean openFloodWindow(long jobId, EventKind kind, Instant now, Instant openedAfter) {
        return jdbc.sql("""
                INSERT INTO notify_flood_windows (job_id, kind, opened_at, suppressed)
                VALUES (:jobId, :kind, :now, 0)
                ON CONFLICT (job_id, kind) DO UPDATE SET opened_at = :now, suppressed = 0
                 WHERE notify_flood_windows.opened_at <= :openedAfter
                """)
                .param("jobId", jobId).param("kind", kind.id()).param("now", now.toEpochMilli())
                .param("openedAfter", openedAfter.toEpochMilli())
                .update() == 1;
    }

    /** Counts one more repeat in the open window of a job and event kind; returns the repeats so far. */
    int countRepeat(long jobId, EventKind kind) {
        return jdbc.sql("""
                UPDATE notify_flood_windows SET suppressed = suppressed + 1
                 WHERE job_id = :jobId AND kind = :kind
                RETURNING suppressed
                """)
                .param("jobId", jobId).param("kind", kind.id())
                .query(Integer.class).single();
    }

    /** Entries due now that nobody holds (or whose holder's claim went stale), oldest first. */
    List<OutboxEntry> findDue(Instant now, Instant staleBefore, int limit) {
        return jdbc.sql("""
                SELECT o.id, o.event_id, o.channel_id, o.recipient, o.attempts
                  FROM notify_outbox o
                 WHERE o.next_attempt_at <= :now AND (o.claimed_at IS NULL OR o.claimed_at < :stale)
                 ORDER BY o.next_attempt_at, o.id
                 LIMIT :limit
                """)
                .param("now", now.toEpochMilli()).param("stale", staleBefore.toEpochMilli()).param("limit", limit)
                .query((rs, n) -> new OutboxEntry(rs.getLong("id"), rs.getLong("event_id"), rs.getLong("channel_id"),
                        rs.getString("recipient"), rs.getInt("attempts")))
                .list();
    }

    /** Takes the entry for this worker; {@code false} when another worker got it first. */
    boolean claim(long id, Instant now, Instant staleBefore) {
        return jdbc.sql("""
                UPDATE notify_outbox SET claimed_at = :now
                 WHERE id = :id AND next_attempt_at <= :now AND (claimed_at IS NULL OR claimed_at < :stale)
                """)
                .param("id", id).param("now", now.toEpochMilli()).param("stale", staleBefore.toEpochMilli())
                .update() == 1;
    }

    Optional<String> eventFacts(long eventId) {
        return jdbc.sql("SELECT e.facts FROM notify_events e WHERE e.id = :id").param("id", eventId)
                .query(String.class).optional();
    }

    /** Releases the claim and schedules the next attempt; {@code false} when the claim was lost meanwhile. */
    boolean reschedule(long id, Instant claimedAt, int attempts, Instant nextAttemptAt, String error) {
        return jdbc.sql("""
                UPDATE notify_outbox SET claimed_at = NULL, attempts = :attempts, next_attempt_at = :next,
                                         last_error = :error
                 WHERE id = :id AND claimed_at = :claimedAt
                """)
                .param("id", id).param("claimedAt", claimedAt.toEpochMilli()).param("attempts", attempts)
                .param("next", nextAttemptAt.toEpochMilli()).param("error", error)
                .update() == 1;
    }

    /** Deletes a finished entry, and its event once no entry is left; {@code false} when the claim was lost. */
    boolean remove(long id, long eventId, Instant claimedAt) {
        boolean removed = jdbc.sql("DELETE FROM notify_outbox WHERE id = :id AND claimed_at = :claimedAt")
                .param("id", id).param("claimedAt", claimedAt.toEpochMilli())
                .update() == 1;
        jdbc.sql("""
                DELETE FROM notify_events
                 WHERE id = :eventId AND NOT EXISTS (SELECT 1 FROM notify_outbox o WHERE o.event_id = :eventId)
                """)
                .param("eventId", eventId).update();
        return removed;
    }

    long countPending() {
        return jdbc.sql("SELECT COUNT(*) FROM notify_outbox").query(Long.class).single();
    }
}
