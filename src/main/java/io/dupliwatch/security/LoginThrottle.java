package io.dupliwatch.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Brute-force brake on logins, per account name and per client address. The first half of the allowed failures
 * cost nothing (typos, a household behind one address); after that each attempt must wait {@code login-delay},
 * doubled per further failure; at {@code login-max-failures} (per account) or {@code login-max-failures-per-ip}
 * (per address) the key is locked for {@code login-lock-duration}. Unknown
 * account names are counted exactly like real ones, so the answers never tell whether an account exists.
 * Failures older than the lock duration are forgotten; a successful login clears its account, not its address.
 */
@Component
class LoginThrottle {

    /** Bound on remembered keys: beyond it, forgotten keys are swept before a new one is added. */
    private static final int MAX_KEYS = 10_000;

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final SecurityProperties properties;
    private final Clock clock;

    LoginThrottle(SecurityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** How long this attempt must still wait; zero when it may proceed. */
    Duration waitBefore(String username, String ip) {
        Instant now = clock.instant();
        Duration account = wait(accountKey(username), properties.loginMaxFailures(), now);
        Duration address = wait(ipKey(ip), properties.loginMaxFailuresPerIp(), now);
        return account.compareTo(address) >= 0 ? account : address;
    }

    /** Records a failure; true when it locked the account or the address. */
    boolean failed(String username, String ip) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_KEYS) {
            failures.values().removeIf(f -> forgotten(f, now));
        }
        int account = increment(accountKey(username), now);
        int address = increment(ipKey(ip), now);
        return account == properties.loginMaxFailures() || address == properties.loginMaxFailuresPerIp();
    }

    void succeeded(String username) {
        failures.remove(accountKey(username));
    }

    private Duration wait(String key, int maxFailures, Instant now) {
        Failures f = failures.get(key);
        if (f == null || forgotten(f, now)) {
            return Duration.ZERO;
        }
        int free = maxFailures / 2;
        if (f.count() < free) {
            return Duration.ZERO;
        }
        Duration delay = f.count() >= maxFailures ? properties.loginLockDuration() : delayAfter(f.count() - free + 1);
        Duration left = Duration.between(now, f.last().plus(delay));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** {@code login-delay} for the first costly failure, doubled for each one after it. */
    private Duration delayAfter(int costly) {
        Duration delay = properties.loginDelay().multipliedBy(1L << Math.min(costly - 1, 20));
        return delay.compareTo(properties.loginLockDuration()) > 0 ? properties.loginLockDuration() : delay;
    }

    private int increment(String key, Instant now) {
        return failures.compute(key, (k, f) -> f == null || forgotten(f, now)
                ? new Failures(1, now) : new Failures(f.count() + 1, now)).count();
    }

    private boolean forgotten(Failures f, Instant now) {
        return f.last().plus(properties.loginLockDuration()).isBefore(now);
    }

    private static String accountKey(String username) {
        return "user:" + Accounts.normalize(username);
    }

    private static String ipKey(String ip) {
        return "ip:" + ip;
    }
}
