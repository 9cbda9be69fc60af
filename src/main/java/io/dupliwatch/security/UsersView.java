package io.dupliwatch.security;

import java.util.List;

/** The user administration page; {@code oneTimePassword} is shown once, right after a creation or reset. */
public record UsersView(String contextPath, String me, List<UserAccount> users, String notice, String error,
                        String oneTimePassword) {
}
