package io.dupliwatch.monitoring;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.dupliwatch.report.RunRecorded;
import io.dupliwatch.report.RunSource;

import static org.assertj.core.api.Assertions.assertThat;

class RunRecordedListenerTest {

    @ParameterizedTest(name = "{0} {1} after {2}, announced overdue {3} -> {4}")
    @CsvSource(nullValues = "none", value = {
            "PUSH, Success, Error, false, AFTER_FAILURE",
            "PUSH, Warning, Fatal, false, AFTER_FAILURE",
            "PUSH, Success, Success, true, AFTER_OVERDUE",
            "PUSH, Success, Error, true, AFTER_OVERDUE",
            "PUSH, Success, Success, false, none",
            "PUSH, Success, none, false, none",
            "PUSH, Error, Error, true, none",
            "PUSH, Fatal, Success, false, none",
            "COLLECT, Success, Error, true, none",
            "IMPORT, Success, Fatal, false, none"
    })
    void recoveryNeedsAGoodPushedRunAfterAFailureOrAnAnnouncedOverduePeriod(RunSource source, String status,
                                                                            String previous, boolean overdue,
                                                                            JobRecovered.Reason expected) {
        RunRecorded run = new RunRecorded(7, 3, "machine", "nas01", "Documents", status,
                Instant.parse("2026-08-20T00:00:00Z"), source, previous, true, null);

        assertThat(RunRecordedListener.recoveryReason(run, overdue)).isEqualTo(Optional.ofNullable(expected));
    }
}
