package io.dupliwatch.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RunStatusTest {

    @Test
    void readsDuplicatisFiveResultsIgnoringCase() {
        assertThat(RunStatus.of("Success")).isEqualTo(RunStatus.SUCCESS);
        assertThat(RunStatus.of("warning")).isEqualTo(RunStatus.WARNING);
        assertThat(RunStatus.of("ERROR")).isEqualTo(RunStatus.ERROR);
        assertThat(RunStatus.of(" Fatal ")).isEqualTo(RunStatus.FATAL);
        assertThat(RunStatus.of("Unknown")).isEqualTo(RunStatus.UNKNOWN);
    }

    @Test
    void readsUnexpectedAndMissingValuesAsUnknown() {
        assertThat(RunStatus.of("Partial")).isEqualTo(RunStatus.UNKNOWN);
        assertThat(RunStatus.of("")).isEqualTo(RunStatus.UNKNOWN);
        assertThat(RunStatus.of(null)).isEqualTo(RunStatus.UNKNOWN);
    }

    @Test
    void onlySuccessAndWarningSucceedAndOnlyErrorAndFatalFail() {
        assertThat(RunStatus.values()).filteredOn(RunStatus::succeeded)
                .containsExactly(RunStatus.SUCCESS, RunStatus.WARNING);
        assertThat(RunStatus.values()).filteredOn(RunStatus::failed).containsExactly(RunStatus.ERROR, RunStatus.FATAL);
    }

    @Test
    void aSuccessWithWarningsIsRecordedAsAWarningAndOtherResultsAsSent() {
        assertThat(RunStatus.recorded("Success", 2)).isEqualTo("Warning");
        assertThat(RunStatus.recorded("Success", 0)).isEqualTo("Success");
        assertThat(RunStatus.recorded("Error", 2)).isEqualTo("Error");
        assertThat(RunStatus.recorded("Exploded", 0)).isEqualTo("Exploded");
    }
}
