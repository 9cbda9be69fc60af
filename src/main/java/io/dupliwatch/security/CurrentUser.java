package io.dupliwatch.security;

/**
 * Who is signed in, for templates (model attribute {@code currentUser}; null when nobody is).
 *
 * @param admin whether admin pages and actions should be offered
 */
public record CurrentUser(String username, boolean admin) {
}
