package io.dupliwatch.monitoring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HealthStatusTest {

    @Test
    void aFailedNewestRunIsAnErrorEvenWhenAlsoOverdue() {
        assertThat(HealthStatus.of("Error", false)).isEqualTo(HealthStatus.ERROR);
        assertThat(HealthStatus.of("Fatal", true)).isEqualTo(HealthStatus.ERROR);
    }

    @Test
    void anUnknownOrUnexpectedResultIsAWarningNotAFailure() {
        assertThat(HealthStatus.of("Unknown", false)).isEqualTo(HealthStatus.WARNING);
        assertThat(HealthStatus.of("Exploded", false)).isEqualTo(HealthStatus.WARNING);
        assertThat(HealthStatus.of("", false)).isEqualTo(HealthStatus.WARNING);
        assertThat(HealthStatus.of("Unknown", true)).isEqualTo(HealthStatus.OVERDUE);
    }

    @Test
    void aGoodRunThatIsOverdueIsOverdue() {
        assertThat(HealthStatus.of("Success", true)).isEqualTo(HealthStatus.OVERDUE);
        assertThat(HealthStatus.of("Warning", true)).isEqualTo(HealthStatus.OVERDUE);
    }

    @Test
    void aJobThatNeverRanIsUnknownUntilItIsOverdue() {
        assertThat(HealthStatus.of(null, false)).isEqualTo(HealthStatus.UNKNOWN);
        assertThat(HealthStatus.of(null, true)).isEqualTo(HealthStatus.OVERDUE);
    }

    @Test
    void aGoodRunInTimeIsOkOrWarning() {
        assertThat(HealthStatus.of("Success", false)).isEqualTo(HealthStatus.OK);
        assertThat(HealthStatus.of("Warning", false)).isEqualTo(HealthStatus.WARNING);
    }

    @Test
    void anUntestedJobIsUntestedUnlessFailedOrOverdueAndNeverUp() {
        assertThat(HealthStatus.of("Success", false, true)).isEqualTo(HealthStatus.UNTESTED);
        assertThat(HealthStatus.of("Warning", false, true)).isEqualTo(HealthStatus.UNTESTED);
        assertThat(HealthStatus.of("Success", true, true)).isEqualTo(HealthStatus.OVERDUE);
        assertThat(HealthStatus.of("Error", false, true)).isEqualTo(HealthStatus.ERROR);
        assertThat(HealthStatus.UNTESTED.isUp(true)).isFalse();
        assertThat(HealthStatus.WARNING.worse(HealthStatus.UNTESTED)).isEqualTo(HealthStatus.UNTESTED);
        assertThat(HealthStatus.OVERDUE.worse(HealthStatus.UNTESTED)).isEqualTo(HealthStatus.OVERDUE);
    }

    @Test
    void onlyOkAndAcceptedWarningsAreUp() {
        assertThat(HealthStatus.OK.isUp(false)).isTrue();
        assertThat(HealthStatus.WARNING.isUp(true)).isTrue();
        assertThat(HealthStatus.WARNING.isUp(false)).isFalse();
        assertThat(HealthStatus.OVERDUE.isUp(true)).isFalse();
        assertThat(HealthStatus.ERROR.isUp(true)).isFalse();
        assertThat(HealthStatus.UNKNOWN.isUp(true)).isFalse();
    }

    @Test
    void aServerTakesItsWorstJob() {
        assertThat(HealthStatus.UNKNOWN.worse(HealthStatus.OK)).isEqualTo(HealthStatus.OK);
        assertThat(HealthStatus.OK.worse(HealthStatus.OVERDUE)).isEqualTo(HealthStatus.OVERDUE);
        assertThat(HealthStatus.ERROR.worse(HealthStatus.OVERDUE)).isEqualTo(HealthStatus.ERROR);
    }
}
