package io.dupliwatch.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovableClock clock = new MovableClock();
    final LoginThrottle throttle = new LoginThrottle(properties(5, 20), clock);

    static SecurityProperties properties(int perAccount, int perIp) {
        return new SecurityProperties(SecurityProperties.Exposure.PUBLIC, SecurityProperties.Exposure.PUBLIC, 12,
                Duration.ofHours(12), perAccount, perIp, Duration.ofSeconds(1),
                Duration.ofMinutes(15), Duration.ofDays(90), SecurityProperties.DEFAULT_CSP);
    }

    @Nested
    class PerAccount {

        @Test
        void theFirstFailuresCostNothingThenTheWaitDoubles() {
            throttle.failed("alice", "10.0.0.1");
            assertThat(throttle.waitBefore("alice", "10.0.0.2")).isZero();

            throttle.failed("alice", "10.0.0.1");
            assertThat(throttle.waitBefore("alice", "10.0.0.2")).isEqualTo(Duration.ofSeconds(1));

            throttle.failed("alice", "10.0.0.1");
            assertThat(throttle.waitBefore("alice", "10.0.0.2")).isEqualTo(Duration.ofSeconds(2));

            throttle.failed("alice", "10.0.0.1");
            assertThat(throttle.waitBefore("alice", "10.0.0.2")).isEqualTo(Duration.ofSeconds(4));
        }

        @Test
        void theFifthFailureLocksTheAccountForFifteenMinutesFromAnyAddress() {
            for (int i = 0; i < 4; i++) {
                assertThat(throttle.failed("alice", "10.0.0.1")).isFalse();
            }
            assertThat(throttle.failed("alice", "10.0.0.1")).as("locks").isTrue();

            assertThat(throttle.waitBefore("alice", "192.168.1.9")).isEqualTo(Duration.ofMinutes(15));
            clock.advance(Duration.ofMinutes(14));
            assertThat(throttle.waitBefore("alice", "192.168.1.9")).isEqualTo(Duration.ofMinutes(1));
            clock.advance(Duration.ofMinutes(1));
            assertThat(throttle.waitBefore("alice", "192.168.1.9")).isZero();
        }

        @Test
        void namesAreCountedWhetherOrNotTheAccountExistsAndWhateverTheirCase() {
            for (int i = 0; i < 5; i++) {
                throttle.failed(i % 2 == 0 ? "Nobody" : " nobody ", "10.0.0." + i);
            }

            assertThat(throttle.waitBefore("NOBODY", "10.9.9.9")).isEqualTo(Duration.ofMinutes(15));
        }

        @Test
        void aSuccessClearsTheAccount() {
            throttle.failed("alice", "10.0.0.1");
            throttle.failed("alice", "10.0.0.1");

            throttle.succeeded("alice");

            assertThat(throttle.waitBefore("alice", "10.0.0.2")).isZero();
        }

        @Test
        void failuresAreForgottenAfterTheLockDuration() {
            for (int i = 0; i < 4; i++) {
                throttle.failed("alice", "10.0.0.1");
            }
            clock.advance(Duration.ofMinutes(16));

            throttle.failed("alice", "10.0.0.1");

            assertThat(throttle.waitBefore("alice", "10.0.0.2")).isZero();
        }
    }

    @Nested
    class PerAddress {

        @Test
        void oneAddressTryingManyNamesIsSlowedThenLocked() {
            for (int i = 0; i < 10; i++) {
                throttle.failed("user" + i, "10.0.0.1");
            }
            assertThat(throttle.waitBefore("someone-else", "10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
            assertThat(throttle.waitBefore("someone-else", "10.0.0.2")).as("other addresses unaffected").isZero();

            for (int i = 10; i < 20; i++) {
                throttle.failed("user" + i, "10.0.0.1");
            }
            assertThat(throttle.waitBefore("someone-else", "10.0.0.1")).isEqualTo(Duration.ofMinutes(15));
        }

        @Test
        void aSuccessfulLoginDoesNotClearItsAddress() {
            for (int i = 0; i < 20; i++) {
                throttle.failed("user" + i, "10.0.0.1");
            }

            throttle.succeeded("user0");

            assertThat(throttle.waitBefore("user0", "10.0.0.1")).isEqualTo(Duration.ofMinutes(15));
        }
    }
}
