package io.dupliwatch.report;

/** Which machine and job a report belongs to (Duplicati's {@code Extra} section). */
public record ReportIdentity(String machineId, String machineName, String backupName, String backupId) {
}
