package io.dupliwatch.security;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** An account's role: admins do everything, viewers read. */
public enum Role {
    ADMIN(Scope.ADMIN), VIEWER(Scope.READ);

    private final Scope scope;

    Role(Scope scope) {
        this.scope = scope;
    }

    public Scope scope() {
        return scope;
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String value) {
        for (Role role : values()) {
            if (role.id().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return role;
            }
        }
        throw new InvalidInputException("role", "role must be 'admin' or 'viewer'");
    }
}
