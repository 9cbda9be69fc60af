package io.dupliwatch.security;

/** The login page: one message at most of each kind. */
public record LoginView(String error, String notice) {
}
