package io.dupliwatch.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a caller may do. Accounts get scopes from their {@link Role}; API tokens are given scopes when created.
 * The scope names are the Spring Security authorities the URL rules check.
 */
public enum Scope {
    /** GET anything but the user, token and audit administration; the external API and metrics when locked. */
    READ,
    /** {@code POST /api/upload} when ingest is locked. */
    INGEST,
    /** Everything. */
    ADMIN;

    @JsonValue
    public String authority() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Admin implies the other scopes. */
    public Set<Scope> granted() {
        return this == ADMIN ? Set.of(READ, INGEST, ADMIN) : Set.of(this);
    }

    public static Scope parse(String value) {
        for (Scope scope : values()) {
            if (scope.authority().equalsIgnoreCase(value.trim())) {
                return scope;
            }
        }
        throw new IllegalArgumentException("unknown scope '" + value + "' (read, ingest, admin)");
    }

    /** Scope names from a request ({@code null}: none); an unknown name is a 400 naming {@code scopes}. */
    public static Set<Scope> parseAll(List<String> names) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String name : names == null ? List.<String>of() : names) {
            try {
                scopes.add(parse(name));
            }
            catch (IllegalArgumentException e) {
                throw new InvalidInputException("scopes", e.getMessage());
            }
        }
        return scopes;
    }
}
