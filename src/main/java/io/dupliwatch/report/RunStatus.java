package io.dupliwatch.report;

import java.util.Locale;

/**
 * The outcome of one run: Duplicati's {@code ParsedResult} (as stored in {@code runs.status}), read by this one
 * rule wherever a status is judged. The stored text itself is kept as Duplicati sent it (the duplistatus-compatible
 * API returns it unchanged).
 * <p>
 * {@code Unknown}, and any value Duplicati does not define (a newer version's, a typo in an imported database, an
 * empty text), read as {@link #UNKNOWN}: the run arrived, so the job is not silent, but nobody said it went well.
 * Such a run is neither a success (it does not move the last success time nor end a failure) nor a failure (it does
 * not page people as one): jobs whose newest run is {@code UNKNOWN} show as warnings everywhere. Names are matched
 * ignoring case, since importers and older versions differ in spelling.
 */
public enum RunStatus {
    SUCCESS("Success"),
    WARNING("Warning"),
    ERROR("Error"),
    FATAL("Fatal"),
    UNKNOWN("Unknown");

    private final String label;

    RunStatus(String label) {
        this.label = label;
    }

    /** @param stored a run's status as stored or reported; {@code null} or blank reads as {@link #UNKNOWN} */
    public static RunStatus of(String stored) {
        if (stored != null) {
            String name = stored.strip().toUpperCase(Locale.ROOT);
            for (RunStatus status : values()) {
                if (status.name().equals(name)) {
                    return status;
                }
            }
        }
        return UNKNOWN;
    }

    /**
     * The status stored for a reported run: its {@code ParsedResult}, except that a Success with warnings is a
     * Warning (Duplicati reports Success when warnings were only logged).
     */
    public static String recorded(String parsedResult, long warnings) {
        return of(parsedResult) == SUCCESS && warnings > 0 ? WARNING.label : parsedResult;
    }

    /** Duplicati's spelling: {@code Success}, {@code Warning}, {@code Error}, {@code Fatal}, {@code Unknown}. */
    public String label() {
        return label;
    }

    /** The backup was made: Success or Warning. Counts as the job's last success and ends a failure. */
    public boolean succeeded() {
        return this == SUCCESS || this == WARNING;
    }

    /** The backup was not made: Error or Fatal. */
    public boolean failed() {
        return this == ERROR || this == FATAL;
    }
}
