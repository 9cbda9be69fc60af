package io.dupliwatch.importer;

import java.time.DayOfWeek;
import java.util.Set;

/**
 * A job's overdue-monitoring settings read from duplistatus ({@code backup_settings["<serverId>:<backupName>"]}),
 * published by {@code import-duplistatus} after the job's runs are imported, for the monitoring feature to apply.
 *
 * @param expectedInterval in Duplicati's repeat grammar ({@code 1D}, {@code 12h}...); legacy numeric settings
 *                         converted the way duplistatus does ({@code <n>h} / {@code <n>D})
 * @param allowedWeekdays  days a run may be expected on
 */
public record DuplistatusJobSettingsImported(long jobId,
                                             String serverId,
                                             String backupName,
                                             boolean monitoringEnabled,
                                             String expectedInterval,
                                             Set<DayOfWeek> allowedWeekdays) {

    public DuplistatusJobSettingsImported {
        allowedWeekdays = Set.copyOf(allowedWeekdays);
    }
}
