package io.dupliwatch.cluster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.dupliwatch.testsupport.DatabaseCleaner;
import io.dupliwatch.testsupport.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class ClusterLockIntegrationTest {

    static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    static final Duration MIN = Duration.ofMinutes(4);
    static final Duration MAX = Duration.ofMinutes(15);

    @Autowired
    LeaseRepository leases;

    @Autowired
    JdbcClient jdbc;

    List<String> ran = new ArrayList<>();

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void anotherInstanceSkipsWorkStartedAMomentEarlier() {
        boolean first = instance("a", T0).runExclusively("job", MIN, MAX, () -> ran.add("a"));
        boolean second = instance("b", T0.plusSeconds(1)).runExclusively("job", MIN, MAX, () -> ran.add("b"));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(ran).containsExactly("a");
    }

    @Test
    void theNextTurnAfterMinHoldRunsWherever() {
        instance("a", T0).runExclusively("job", MIN, MAX, () -> ran.add("a"));

        instance("b", T0.plus(MIN)).runExclusively("job", MIN, MAX, () -> ran.add("b"));

        assertThat(ran).containsExactly("a", "b");
    }

    @Test
    void leasesOfDifferentNamesAreIndependent() {
        instance("a", T0).runExclusively("job", MIN, MAX, () -> ran.add("a job"));
        instance("b", T0).runExclusively("other", MIN, MAX, () -> ran.add("b other"));

        assertThat(ran).containsExactly("a job", "b other");
    }

    @Test
    void zeroMinHoldReleasesWhenTheTaskEnds() {
        instance("a", T0).runExclusively("job", Duration.ZERO, MAX, () -> ran.add("a"));
        instance("b", T0).runExclusively("job", Duration.ZERO, MAX, () -> ran.add("b"));

        assertThat(ran).containsExactly("a", "b");
    }

    @Test
    void aLeaseOfACrashedHolderExpiresAfterMaxHold() {
        // "a" takes the lease and never gives it back, as if its process died in the task.
        assertThat(leases.tryAcquire("job", "a", T0, T0.plus(MAX))).isTrue();

        boolean before = instance("b", T0.plus(MAX).minusSeconds(1)).runExclusively("job", MIN, MAX, () -> ran.add("b early"));
        boolean after = instance("b", T0.plus(MAX)).runExclusively("job", MIN, MAX, () -> ran.add("b"));

        assertThat(before).isFalse();
        assertThat(after).isTrue();
        assertThat(ran).containsExactly("b");
    }

    @Test
    void aHolderThatOverranItsLeaseDoesNotShortenTheNextHoldersLease() {
        instance("a", T0).runExclusively("job", MIN, MAX,
                () -> instance("b", T0.plus(MAX)).runExclusively("job", MIN, MAX, () -> ran.add("b")));

        boolean c = instance("c", T0.plus(MAX).plusSeconds(1)).runExclusively("job", MIN, MAX, () -> ran.add("c"));

        assertThat(c).isFalse();
        assertThat(ran).containsExactly("b");
    }

    @Test
    void aFailingTaskStillReleasesAndPropagates() {
        assertThatThrownBy(() -> instance("a", T0).runExclusively("job", Duration.ZERO, MAX, () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(instance("b", T0).runExclusively("job", Duration.ZERO, MAX, () -> ran.add("b"))).isTrue();
    }

    private ClusterLock instance(String id, Instant now) {
        return new ClusterLock(leases, Clock.fixed(now, ZoneOffset.UTC), id);
    }
}
