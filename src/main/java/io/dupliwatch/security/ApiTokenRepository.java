package io.dupliwatch.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApiTokenRepository {

    private static final String COLUMNS = "id, name, scopes, token_prefix, created_at, created_by, last_used_at, revoked_at";

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String name, String tokenHash, String prefix, Set<Scope> scopes, Instant now, String createdBy) {
        return jdbc.sql("""
                        INSERT INTO api_tokens (name, token_hash, token_prefix, scopes, created_at, created_by)
                        VALUES (:name, :hash, :prefix, :scopes, :now, :by) RETURNING id""")
                .param("name", name).param("hash", tokenHash).param("prefix", prefix)
                .param("scopes", scopes.stream().sorted().map(Scope::authority).collect(Collectors.joining(",")))
                .param("now", now.toEpochMilli()).param("by", createdBy)
                .query(Long.class).single();
    }

    List<ApiToken> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_tokens ORDER BY id").query((rs, n) -> token(rs)).list();
    }

    Optional<ApiToken> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_tokens WHERE id = :id").param("id", id)
                .query((rs, n) -> token(rs)).optional();
    }

    Optional<ApiToken> findActiveByHash(String tokenHash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_tokens WHERE token_hash = :hash AND revoked_at IS NULL")
                .param("hash", tokenHash).query((rs, n) -> token(rs)).optional();
    }

    /** Once a minute at most: a token polled every few seconds must not turn every read into a write. */
    void touch(long id, Instant now) {
        jdbc.sql("UPDATE api_tokens SET last_used_at = :now WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :stale)")
                .param("now", now.toEpochMilli()).param("id", id).param("stale", now.toEpochMilli() - 60_000)
                .update();
    }

    boolean revoke(long id, Instant now) {
        return jdbc.sql("UPDATE api_tokens SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
                .param("now", now.toEpochMilli()).param("id", id).update() == 1;
    }

    private static ApiToken token(ResultSet rs) throws SQLException {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        Arrays.stream(rs.getString("scopes").split(",")).filter(s -> !s.isBlank()).map(Scope::parse).forEach(scopes::add);
        return new ApiToken(rs.getLong("id"), rs.getString("name"), Set.copyOf(scopes), rs.getString("token_prefix"),
                Instant.ofEpochMilli(rs.getLong("created_at")), rs.getString("created_by"), instant(rs, "last_used_at"),
                instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(value);
    }
}
