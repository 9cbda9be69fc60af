package io.dupliwatch.web;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import io.dupliwatch.monitoring.HealthStatus;
import io.dupliwatch.monitoring.JobMonitoringView;
import io.dupliwatch.report.Operation;
import io.dupliwatch.report.OperationState;
import io.dupliwatch.report.RunSummary;

/**
 * A job as the pages show it: its newest runs and when the next one is expected.
 *
 * @param latest  the newest run, {@code null} when none
 * @param history    the newest runs, oldest first (at most {@link ServerCards#HISTORY})
 * @param monitoring when the next run is expected and whether it is late; {@code null} when monitoring has not
 *                   seen the job yet
 * @param operations the newest run of each operation the job ran (restores, verifications...)
 */
public record JobLine(long jobId,
                      String serverId,
                      String serverDisplayName,
                      String serverNote,
                      String backupName,
                      long runCount,
                      long uploadedTotal,
                      RunSummary latest,
                      List<RunSummary> history,
                      JobMonitoringView monitoring,
                      List<OperationState> operations) {

    public JobLine {
        history = List.copyOf(history);
        operations = List.copyOf(operations);
    }

    public String domId() {
        return "job-" + jobId;
    }

    /** State of the newest run. */
    public HealthStatus status() {
        return HealthStatus.ofRun(latest == null ? null : latest.status());
    }

    /** State of the newest run, or overdue or untested when that is worse. */
    public HealthStatus health() {
        return HealthStatus.of(latest == null ? null : latest.status(), overdue(), !untested().isEmpty());
    }

    /** Expected restores or verifications that are missing or too old. */
    public List<Operation> untested() {
        return monitoring == null ? List.of() : monitoring.untested();
    }

    /** The newest successful verification ({@code Test}), {@code null} when none. */
    public Instant lastVerified() {
        return lastSuccess(Operation.TEST);
    }

    /** The newest successful restore or restore test, {@code null} when none. */
    public Instant lastRestoreTest() {
        return lastSuccess(Operation.RESTORE);
    }

    private Instant lastSuccess(Operation expected) {
        return operations.stream().filter(state -> state.operation().satisfies(expected))
                .map(OperationState::lastSuccess).filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
    }

    public boolean overdue() {
        return monitoring != null && monitoring.overdue();
    }

    /** The next expected run, {@code null} when unknown or when the job is not monitored. */
    public Instant expectedAt() {
        return monitoring == null || !monitoring.enabled() ? null : monitoring.nextExpectedAt();
    }

    /** The expected run time has come but the tolerance has not run out yet. */
    public boolean due(Instant now) {
        return !overdue() && expectedAt() != null && !expectedAt().isAfter(now);
    }

    /** History slots without a run, drawn first so that the newest run is always in the last slot. */
    public int emptySlots() {
        return Math.max(0, ServerCards.HISTORY - history.size());
    }
}
