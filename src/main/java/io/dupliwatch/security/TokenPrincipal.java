package io.dupliwatch.security;

import org.springframework.security.core.AuthenticatedPrincipal;

/** Who a token-authenticated request is: {@code token:<name>} in the audit log. */
record TokenPrincipal(long id, String name) implements AuthenticatedPrincipal {

    @Override
    public String getName() {
        return "token:" + name;
    }
}
