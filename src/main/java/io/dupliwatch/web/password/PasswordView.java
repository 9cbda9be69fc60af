package io.dupliwatch.web.password;

/**
 * The change-password page.
 *
 * @param forced  right after a login with a one-time password: no current password asked, no way elsewhere
 * @param problem why the last attempt was refused, or null
 */
public record PasswordView(String username, boolean forced, String problem, int minLength) {
}
