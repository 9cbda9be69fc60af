package io.dupliwatch.monitoring;

import java.util.Locale;

import io.dupliwatch.report.RunStatus;

/**
 * How a job (or one run, or a whole server) is doing: the one rule the dashboard, notifications, the status URLs,
 * {@code /api/jobs}, {@code /metrics} and MQTT share. Worst first; the lower-case name ({@link #id()}) is part of
 * the public API and names the CSS class and message of the pages.
 * <ul>
 * <li>a failed newest run (Error, Fatal) is {@link #ERROR}, overdue or not: the failure is the more urgent news;</li>
 * <li>otherwise an overdue job is {@link #OVERDUE}, also when it never ran;</li>
 * <li>otherwise a job whose expected restore or verification is missing or too old is {@link #UNTESTED};</li>
 * <li>otherwise the newest run decides: Success is {@link #OK}, Warning and Unknown (see {@link RunStatus}) are
 * {@link #WARNING};</li>
 * <li>a job without runs that is not overdue is {@link #UNKNOWN}.</li>
 * </ul>
 */
public enum HealthStatus {
    /** The newest run failed (Error or Fatal). */
    ERROR,
    /** No run arrived by the expected time plus tolerance. */
    OVERDUE,
    /** An expected operation (a restore, a verification) never succeeded or not within its interval. */
    UNTESTED,
    /** The newest run succeeded with warnings, or Duplicati did not say how it went. */
    WARNING,
    /** The newest run succeeded and the next one is not late. */
    OK,
    /** Nothing is known yet (no run). */
    UNKNOWN;

    /**
     * @param newestStatus the newest run's stored status (read by {@link RunStatus#of}), {@code null} when the job
     *                     never ran
     * @param overdue      whether monitoring finds the job overdue
     */
    public static HealthStatus of(String newestStatus, boolean overdue) {
        return of(newestStatus, overdue, false);
    }

    /** @param untested whether an expected operation is missing or too old */
    public static HealthStatus of(String newestStatus, boolean overdue, boolean untested) {
        HealthStatus run = ofRun(newestStatus);
        return run == ERROR ? ERROR : overdue ? OVERDUE : untested ? UNTESTED : run;
    }

    /** One run on its own, without the schedule; {@code null} (no run) is {@link #UNKNOWN}. */
    public static HealthStatus ofRun(String runStatus) {
        if (runStatus == null) {
            return UNKNOWN;
        }
        return switch (RunStatus.of(runStatus)) {
            case SUCCESS -> OK;
            case WARNING, UNKNOWN -> WARNING;
            case ERROR, FATAL -> ERROR;
        };
    }

    /** What a pull monitor, a heartbeat or Home Assistant should see. */
    public boolean isUp(boolean warningIsOk) {
        return this == OK || (this == WARNING && warningIsOk);
    }

    public HealthStatus worse(HealthStatus other) {
        return other.ordinal() < ordinal() ? other : this;
    }

    /** {@code ok}, {@code warning}, {@code error}, {@code overdue}, {@code untested} or {@code unknown}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
