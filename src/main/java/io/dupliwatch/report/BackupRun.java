package io.dupliwatch.report;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One backup run as Dupliwatch stores it, mapped from a Duplicati result.
 *
 * @param status           {@code parsedResult}, except a Success with warnings is a Warning
 * @param durationSeconds  Duplicati's {@code Duration} in seconds, fraction kept
 * @param availableBackups backup versions (newest first) read from the retention log lines; empty when unknown
 * @param extra            Duplicati's {@code Extra} section as sent
 */
public record BackupRun(ReportIdentity identity,
                        String status,
                        String parsedResult,
                        String mainOperation,
                        String version,
                        Instant beginTime,
                        Instant endTime,
                        double durationSeconds,
                        FileCounters files,
                        boolean partialBackup,
                        boolean dryrun,
                        boolean interrupted,
                        long messagesCount,
                        long warningsCount,
                        long errorsCount,
                        BackendStatistics backend,
                        RunLog log,
                        List<Instant> availableBackups,
                        Map<String, String> extra) {

    public BackupRun {
        availableBackups = List.copyOf(availableBackups);
        // Duplicati sends null values (e.g. next-scheduled-run of a manual run) and the order is meaningful.
        extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    /**
     * Sent in Duplicati's reduced mode ({@code --reduced-reporting}, {@code Extra["report-mode"] = "reduced"}): counts,
     * dates, message ids and exception types only.
     */
    public boolean reduced() {
        return "reduced".equalsIgnoreCase(extra.get("report-mode"));
    }
}
