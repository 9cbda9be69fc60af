package io.dupliwatch.ingest;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which address created which server by upload, kept for the hour the new-server cap looks back. */
@Repository
class ServerOriginRepository {

    /** How many servers an address created since a moment, and when the oldest of them was created. */
    record Recent(long count, Instant oldest) {
    }

    private final JdbcClient jdbc;

    ServerOriginRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Recent createdSince(String address, Instant since) {
        return jdbc.sql("""
                        SELECT COUNT(*) AS created, MIN(created_at) AS oldest FROM ingest_server_origins
                         WHERE address = :address AND created_at >= :since
                        """)
                .param("address", address).param("since", since.toEpochMilli())
                .query((rs, n) -> {
                    long oldest = rs.getLong("oldest");
                    return new Recent(rs.getLong("created"), rs.wasNull() ? null : Instant.ofEpochMilli(oldest));
                })
                .single();
    }

    /** Records the creation and forgets those older than {@code forgetBefore}. */
    void record(String serverId, String address, Instant now, Instant forgetBefore) {
        jdbc.sql("DELETE FROM ingest_server_origins WHERE created_at < :before")
                .param("before", forgetBefore.toEpochMilli()).update();
        jdbc.sql("""
                        INSERT INTO ingest_server_origins (server_id, address, created_at) VALUES (:id, :address, :now)
                        ON CONFLICT (server_id) DO NOTHING
                        """)
                .param("id", serverId).param("address", address).param("now", now.toEpochMilli()).update();
    }
}
