package io.dupliwatch.cluster;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code cluster_locks} table. Each statement commits on its own: a lease is never held by a transaction. */
@Repository
class LeaseRepository {

    private final JdbcClient jdbc;

    LeaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the lease when it is free (never taken, or expired); exactly one of several concurrent callers wins. */
    boolean tryAcquire(String name, String holder, Instant now, Instant until) {
        jdbc.sql("""
                INSERT INTO cluster_locks (name, locked_until, locked_at, locked_by) VALUES (:name, 0, 0, '')
                ON CONFLICT (name) DO NOTHING
                """).param("name", name).update();
        int taken = jdbc.sql("""
                UPDATE cluster_locks SET locked_until = :until, locked_at = :now, locked_by = :holder
                 WHERE name = :name AND locked_until <= :now
                """)
                .param("until", until.toEpochMilli()).param("now", now.toEpochMilli())
                .param("holder", holder).param("name", name)
                .update();
        return taken == 1;
    }

    /**
     * Sets the expiry of the lease taken at {@code lockedAt}, if this holder still has it.
     *
     * @return false when the lease had expired and another instance took it
     */
    boolean release(String name, String holder, Instant lockedAt, Instant until) {
        return jdbc.sql("""
                UPDATE cluster_locks SET locked_until = :until
                 WHERE name = :name AND locked_by = :holder AND locked_at = :lockedAt
                """)
                .param("until", until.toEpochMilli()).param("name", name)
                .param("holder", holder).param("lockedAt", lockedAt.toEpochMilli())
                .update() == 1;
    }
}
