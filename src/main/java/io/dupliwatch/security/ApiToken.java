package io.dupliwatch.security;

import java.time.Instant;
import java.util.Set;

/**
 * An API token as administrators see it: never its value, which is shown once at creation.
 *
 * @param prefix the first characters of the value, to tell tokens apart
 */
public record ApiToken(long id, String name, Set<Scope> scopes, String prefix, Instant createdAt, String createdBy,
                       Instant lastUsedAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
