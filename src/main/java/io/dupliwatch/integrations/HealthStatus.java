package io.dupliwatch.integrations;

import java.util.Locale;

/** A job's state as monitors see it, worst first. The JSON form ({@link #json()}) is part of the public API. */
public enum HealthStatus {
    /** The newest run failed (Error, Fatal or any result other than Success and Warning). */
    ERROR,
    /** No run arrived by the expected time plus tolerance. */
    OVERDUE,
    /** The newest run succeeded with warnings. */
    WARNING,
    /** The newest run succeeded and the next one is not late. */
    OK,
    /** Nothing is known yet (no run). */
    UNKNOWN;

    /**
     * @param latestStatus Dupliwatch's status of the newest run, {@code null} before the first run
     */
    public static HealthStatus of(String latestStatus, boolean overdue) {
        if (latestStatus == null) {
            return UNKNOWN;
        }
        boolean good = "Success".equals(latestStatus) || "Warning".equals(latestStatus);
        if (!good) {
            return ERROR;
        }
        if (overdue) {
            return OVERDUE;
        }
        return "Warning".equals(latestStatus) ? WARNING : OK;
    }

    public boolean isUp(boolean warningIsOk) {
        return this == OK || (this == WARNING && warningIsOk);
    }

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
