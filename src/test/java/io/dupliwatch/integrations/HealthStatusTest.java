package io.dupliwatch.integrations;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HealthStatusTest {

    @Test
    void aFailedNewestRunIsAnErrorEvenWhenAlsoOverdue() {
        assertThat(HealthStatus.of("Error", false)).isEqualTo(HealthStatus.ERROR);
        assertThat(HealthStatus.of("Fatal", true)).isEqualTo(HealthStatus.ERROR);
        assertThat(HealthStatus.of("Unknown", false)).isEqualTo(HealthStatus.ERROR);
    }

    @Test
    void aGoodRunThatIsOverdueIsOverdue() {
        assertThat(HealthStatus.of("Success", true)).isEqualTo(HealthStatus.OVERDUE);
        assertThat(HealthStatus.of("Warning", true)).isEqualTo(HealthStatus.OVERDUE);
    }

    @Test
    void aGoodRunInTimeIsOkOrWarning() {
        assertThat(HealthStatus.of("Success", false)).isEqualTo(HealthStatus.OK);
        assertThat(HealthStatus.of("Warning", false)).isEqualTo(HealthStatus.WARNING);
        assertThat(HealthStatus.of(null, false)).isEqualTo(HealthStatus.UNKNOWN);
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
}
