package io.dupliwatch.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A login attempt refused unchecked because its account name or client address must wait. */
class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super("Too many failed logins");
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
