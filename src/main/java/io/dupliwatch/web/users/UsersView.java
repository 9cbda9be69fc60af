package io.dupliwatch.web.users;

import java.util.List;

import io.dupliwatch.security.UserAccount;

/**
 * The user administration page.
 *
 * @param me              who is looking: their own row offers a password change, not the admin actions
 * @param oneTimePassword shown once, right after a creation or reset; otherwise null
 */
public record UsersView(String me, List<UserAccount> users, String oneTimePassword) {
}
