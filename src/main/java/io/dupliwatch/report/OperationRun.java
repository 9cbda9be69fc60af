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
}
