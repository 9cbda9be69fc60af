package io.dupliwatch.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The authorities the URL rules check: one per {@link Scope}, plus the "must change password first" state. */
final class Authorities {

    /** Held instead of any scope until a one-time password has been replaced. */
    static final String PASSWORD_CHANGE_REQUIRED = "password_change_required";

    private Authorities() {
    }

    static List<GrantedAuthority> of(Collection<Scope> scopes) {
        return scopes.stream().flatMap(scope -> scope.granted().stream()).distinct().sorted()
                .map(scope -> (GrantedAuthority) new SimpleGrantedAuthority(scope.authority())).toList();
    }

    static List<GrantedAuthority> forAccount(UserAccount account) {
        return account.mustChangePassword() ? List.of(new SimpleGrantedAuthority(PASSWORD_CHANGE_REQUIRED))
                : of(Set.of(account.role().scope()));
    }
}
