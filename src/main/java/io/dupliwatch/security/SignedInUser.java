package io.dupliwatch.security;

import java.io.Serializable;

import org.springframework.security.core.AuthenticatedPrincipal;

/** The principal of a login session (stored in the session: keep it small and serializable). */
record SignedInUser(long id, String username, Role role) implements AuthenticatedPrincipal, Serializable {

    @Override
    public String getName() {
        return username;
    }
}
