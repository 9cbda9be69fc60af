package io.dupliwatch.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.Assert;

@Repository
class UserRepository {

    private static final String COLUMNS = """
            id, username, role, enabled, must_change_password, created_at, password_changed_at, last_login_at,
            last_login_ip""";

    /** An account with the hash its login is checked against. */
    record Credentials(UserAccount account, String passwordHash) {
    }

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String username, String passwordHash, Role role, boolean mustChangePassword, Instant now) {
        return jdbc.sql("""
                        INSERT INTO users (username, password_hash, role, enabled, must_change_password, created_at,
                                           password_changed_at)
                        VALUES (:username, :hash, :role, TRUE, :mustChange, :now, :now) RETURNING id""")
                .param("username", username).param("hash", passwordHash).param("role", role.id())
                .param("mustChange", mustChangePassword).param("now", now.toEpochMilli())
                .query(Long.class).single();
    }

    boolean exists(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM users WHERE username = :username").param("username", username)
                .query(Long.class).single() > 0;
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
    }

    long countEnabledAdmins() {
        return jdbc.sql("SELECT COUNT(*) FROM users WHERE role = 'admin' AND enabled = TRUE").query(Long.class).single();
    }

    List<UserAccount> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users ORDER BY username").query((rs, n) -> account(rs)).list();
    }

    Optional<UserAccount> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE id = :id").param("id", id)
                .query((rs, n) -> account(rs)).optional();
    }

    Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE username = :username").param("username", username)
                .query((rs, n) -> account(rs)).optional();
    }

    Optional<Credentials> findCredentials(String username) {
        return jdbc.sql("SELECT " + COLUMNS + ", password_hash FROM users WHERE username = :username")
                .param("username", username)
                .query((rs, n) -> new Credentials(account(rs), rs.getString("password_hash"))).optional();
    }

    void updatePassword(long id, String passwordHash, boolean mustChangePassword, Instant now) {
        int updated = jdbc.sql("""
                        UPDATE users SET password_hash = :hash, must_change_password = :mustChange,
                                         password_changed_at = :now
                        WHERE id = :id""")
                .param("hash", passwordHash).param("mustChange", mustChangePassword).param("now", now.toEpochMilli())
                .param("id", id).update();
        Assert.state(updated == 1, () -> "user " + id + " not updated");
    }

    void updateEnabled(long id, boolean enabled) {
        int updated = jdbc.sql("UPDATE users SET enabled = :enabled WHERE id = :id").param("enabled", enabled)
                .param("id", id).update();
        Assert.state(updated == 1, () -> "user " + id + " not updated");
    }

    void updateRole(long id, Role role) {
        int updated = jdbc.sql("UPDATE users SET role = :role WHERE id = :id").param("role", role.id())
                .param("id", id).update();
        Assert.state(updated == 1, () -> "user " + id + " not updated");
    }

    void recordLogin(long id, Instant at, String ip) {
        jdbc.sql("UPDATE users SET last_login_at = :at, last_login_ip = :ip WHERE id = :id")
                .param("at", at.toEpochMilli()).param("ip", ip).param("id", id).update();
    }

    /** The UI language the user chose (a tag), empty while the browser decides. */
    Optional<String> findLanguage(long id) {
        return jdbc.sql("SELECT language FROM users WHERE id = :id").param("id", id).query(String.class).list()
                .stream().filter(Objects::nonNull).findFirst();
    }

    /** Updates nothing for a name that is no account (an API token's): they have no language to remember. */
    void updateLanguage(String username, String language) {
        jdbc.sql("UPDATE users SET language = :language WHERE username = :username")
                .param("language", language).param("username", username).update();
    }

    void delete(long id) {
        int deleted = jdbc.sql("DELETE FROM users WHERE id = :id").param("id", id).update();
        Assert.state(deleted == 1, () -> "user " + id + " not deleted");
    }

    private static UserAccount account(ResultSet rs) throws SQLException {
        long lastLogin = rs.getLong("last_login_at");
        Instant lastLoginAt = rs.wasNull() ? null : Instant.ofEpochMilli(lastLogin);
        return new UserAccount(rs.getLong("id"), rs.getString("username"), Role.parse(rs.getString("role")),
                rs.getBoolean("enabled"), rs.getBoolean("must_change_password"),
                Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("password_changed_at")),
                lastLoginAt, rs.getString("last_login_ip"));
    }
}
