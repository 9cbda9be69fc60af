package io.dupliwatch.security;

import java.time.Instant;

/** A local account as administrators see it (never its password hash). */
public record UserAccount(long id, String username, Role role, boolean enabled, boolean mustChangePassword,
                          Instant createdAt, Instant passwordChangedAt, Instant lastLoginAt, String lastLoginIp) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
