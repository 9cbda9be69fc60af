package io.dupliwatch.security;

import java.time.Duration;

/** A password check refused unchecked because the account or the client address must wait (the login throttle). */
public class TooManyAttemptsException extends RuntimeException {

    private final Duration retryAfter;

    TooManyAttemptsException(Duration retryAfter) {
        super("Too many wrong passwords");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
