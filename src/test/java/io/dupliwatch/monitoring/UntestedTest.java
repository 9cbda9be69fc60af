package io.dupliwatch.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.dupliwatch.report.Operation;
import io.dupliwatch.report.OperationState;

import static org.assertj.core.api.Assertions.assertThat;

class UntestedTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Duration TOLERANCE = Duration.ofHours(2);
    private static final Instant LAST_TEST = Instant.parse("2026-08-12T10:00:00Z");
    private static final JobSettings MONTHLY_TEST = new JobSettings(true, JobSchedule.DEFAULT,
            Map.of(Operation.TEST, Interval.parse("1M")));

    private static OperationState succeeded(Operation operation, Instant at) {
        return new OperationState(operation, "Success", at, at, false);
    }

    @Test
    void aJobThatNeverRanTheOperationIsUntested() {
        assertThat(Untested.of(MONTHLY_TEST, List.of(succeeded(Operation.BACKUP, LAST_TEST)), TOLERANCE, PARIS, LAST_TEST))
                .containsExactly(Operation.TEST);
    }

    @Test
    void theIntervalIsACalendarMonthPlusTheTolerance() {
        List<OperationState> states = List.of(succeeded(Operation.TEST, LAST_TEST));

        assertThat(Untested.of(MONTHLY_TEST, states, TOLERANCE, PARIS, Instant.parse("2026-09-12T11:59:00Z"))).isEmpty();
        assertThat(Untested.of(MONTHLY_TEST, states, TOLERANCE, PARIS, Instant.parse("2026-09-12T12:01:00Z")))
                .containsExactly(Operation.TEST);
    }

    @Test
    void onlyASuccessCounts() {
        OperationState failedSince = new OperationState(Operation.TEST, "Error", LAST_TEST, null, false);

        assertThat(Untested.of(MONTHLY_TEST, List.of(failedSince), TOLERANCE, PARIS, LAST_TEST)).containsExactly(Operation.TEST);
    }

    @Test
    void aRestoreTestMeetsARestoreButAVerificationDoesNot() {
        JobSettings restores = new JobSettings(true, JobSchedule.DEFAULT, Map.of(Operation.RESTORE, Interval.parse("3M")));

        assertThat(Untested.of(restores, List.of(succeeded(Operation.RESTORE_TEST, LAST_TEST)), TOLERANCE, PARIS, LAST_TEST)).isEmpty();
        assertThat(Untested.of(restores, List.of(succeeded(Operation.TEST, LAST_TEST)), TOLERANCE, PARIS, LAST_TEST))
                .containsExactly(Operation.RESTORE);
    }

    @Test
    void aJobWhoseMonitoringIsOffExpectsNothing() {
        JobSettings off = new JobSettings(false, JobSchedule.DEFAULT, MONTHLY_TEST.operationIntervals());

        assertThat(Untested.of(off, List.of(), TOLERANCE, PARIS, LAST_TEST)).isEmpty();
    }
}
