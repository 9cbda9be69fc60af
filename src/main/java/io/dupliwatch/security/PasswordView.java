package io.dupliwatch.security;

/** The change-password page; {@code forced} right after a login with a one-time password. */
public record PasswordView(String contextPath, String username, boolean forced, String error, int minLength) {
}
