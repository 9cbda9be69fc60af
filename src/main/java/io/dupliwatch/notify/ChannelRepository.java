package io.dupliwatch.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ChannelRepository {

    /**
     * A channel as stored: settings JSON without secrets, secrets as one ciphertext.
     *
     * @param language the language tag of its messages, {@code null} for the server's
     */
    record ChannelRow(long id, String name, ChannelKind kind, boolean enabled, String settings, String secrets,
                      String language, Instant createdAt, Instant updatedAt) {
    }

    private static final String SELECT = """
            SELECT c.id, c.name, c.kind, c.enabled, c.settings, c.secrets, c.language, c.created_at, c.updated_at
              FROM notify_channels c
            """;

    private final JdbcClient jdbc;

    ChannelRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ChannelRow> findAll() {
        return jdbc.sql(SELECT + " ORDER BY c.id").query(ChannelRepository::map).list();
    }

    List<ChannelRow> findEnabled() {
        return jdbc.sql(SELECT + " WHERE c.enabled = TRUE ORDER BY c.id").query(ChannelRepository::map).list();
    }

    Optional<ChannelRow> find(long id) {
        return jdbc.sql(SELECT + " WHERE c.id = :id").param("id", id).query(ChannelRepository::map).optional();
    }

    long insert(String name, ChannelKind kind, boolean enabled, String settings, String secrets, String language,
                Instant now) {
        return jdbc.sql("""
                INSERT INTO notify_channels (name, kind, enabled, settings, secrets, language, created_at, updated_at)
                VALUES (:name, :kind, :enabled, :settings, :secrets, :language, :now, :now)
                RETURNING id
                """)
                .param("name", name).param("kind", kind.id()).param("enabled", enabled)
                .param("settings", settings).param("secrets", secrets).param("language", language)
                .param("now", now.toEpochMilli())
                .query(Long.class).single();
    }

    boolean update(long id, String name, boolean enabled, String settings, String secrets, String language,
                   Instant now) {
        return jdbc.sql("""
                UPDATE notify_channels SET name = :name, enabled = :enabled, settings = :settings,
                                           secrets = :secrets, language = :language, updated_at = :now
                 WHERE id = :id
                """)
                .param("id", id).param("name", name).param("enabled", enabled).param("settings", settings)
                .param("secrets", secrets).param("language", language).param("now", now.toEpochMilli())
                .update() == 1;
    }

    boolean delete(long id) {
        return jdbc.sql("DELETE FROM notify_channels WHERE id = :id").param("id", id).update() == 1;
    }

    private static ChannelRow map(ResultSet rs, int n) throws SQLException {
        return new ChannelRow(rs.getLong("id"), rs.getString("name"),
                ChannelKind.fromId(rs.getString("kind")).orElseThrow(), rs.getBoolean("enabled"),
                rs.getString("settings"), rs.getString("secrets"), rs.getString("language"),
                Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")));
    }
}
