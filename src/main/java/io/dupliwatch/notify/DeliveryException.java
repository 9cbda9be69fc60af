package io.dupliwatch.notify;

/**
 * A channel could not deliver. {@code permanent} failures (bad credentials, unknown recipient, rejected
 * request) are not retried; the others (network, 5xx, rate limit) are retried with back-off.
 * Messages never contain secrets.
 */
public class DeliveryException extends RuntimeException {

    private final boolean permanent;

    public DeliveryException(String message, boolean permanent) {
        super(message);
        this.permanent = permanent;
    }

    public boolean isPermanent() {
        return permanent;
    }
}
