package io.dupliwatch.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One reported run of any stored {@link Operation}: the common part (status, times, counts, log) mapped as for a
 * backup, plus the figures of the operation's own result ({@code RestoredFiles}, {@code RestorePath},
 * {@code Verifications}...), in the order Duplicati sent them.
 */
public record OperationRun(Operation operation, BackupRun run, Map<String, String> figures) {

    public OperationRun {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    /** A numeric figure ({@code RestoredFiles}), 0 when absent or not a number (a reduced report drops texts only). */
    public long count(String figure) {
        try {
            return Long.parseLong(figures.getOrDefault(figure, "0"));
        }
        catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A text figure ({@code RestorePath}), {@code null} when absent (always, in a reduced report). */
    public String text(String figure) {
        return figures.get(figure);
    }

    /** How many volumes a verification checked. */
    public long verifiedVolumes() {
        return Math.max(count("VerificationsActualLength"), count("Verifications"));
    }
}
