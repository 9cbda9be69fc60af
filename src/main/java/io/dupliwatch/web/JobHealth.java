package io.dupliwatch.web;

import java.util.Locale;

/**
 * How a job (or a run, or a whole server) is doing, from best to worst. Shown as an icon and a word, never by
 * colour alone.
 */
public enum JobHealth {
    NONE, OK, WARNING, OVERDUE, FAILED;

    /** From a run status: Success, Warning, Error or Fatal; {@code null} means no run. */
    public static JobHealth ofStatus(String status) {
        if (status == null) {
            return NONE;
        }
        return switch (status) {
            case "Success" -> OK;
            case "Error", "Fatal" -> FAILED;
            default -> WARNING;
        };
    }

    public JobHealth worse(JobHealth other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** CSS modifier and icon name. */
    public String css() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "health." + css();
    }
}
