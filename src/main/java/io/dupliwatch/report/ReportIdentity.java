package io.dupliwatch.report;

import java.util.regex.Pattern;

/**
 * Which machine and job a report belongs to (Duplicati's {@code Extra} section).
 *
 * <p>The identifiers end up in URLs, file names and logs, so whatever comes from outside (uploads, Duplicati's
 * REST API, duplistatus databases) passes {@link #requireValid()} before it is stored: ids are limited to
 * {@value #ID_CHARACTERS}, names to {@value #MAX_NAME_LENGTH} characters.
 */
public record ReportIdentity(String machineId, String machineName, String backupName, String backupId) {

    public static final int MAX_ID_LENGTH = 128;
    public static final int MAX_NAME_LENGTH = 255;
    static final String ID_CHARACTERS = "letters, digits, '-', '_', '.' and ':' (at most 128, not '.' or '..' alone)";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_ID_LENGTH + "}");

    /**
     * @return this identity, when every part may be stored
     * @throws InvalidReportFieldException naming the first field that may not
     */
    public ReportIdentity requireValid() {
        requireSafeId("machine-id", machineId);
        requireName("machine-name", machineName);
        requireName("backup-name", backupName);
        if (!backupId.isEmpty()) { // duplistatus databases before backup ids were kept
            requireSafeId("backup-id", backupId);
        }
        return this;
    }

    /** @throws InvalidReportFieldException when {@code value} is not a safe id; the message names {@code field} */
    public static String requireSafeId(String field, String value) {
        if (value == null || !SAFE_ID.matcher(value).matches() || value.equals(".") || value.equals("..")) {
            throw new InvalidReportFieldException(field, field + " may only contain " + ID_CHARACTERS);
        }
        return value;
    }

    private static void requireName(String field, String value) {
        if (value == null || value.isBlank() || value.length() > MAX_NAME_LENGTH) {
            throw new InvalidReportFieldException(field, field + " must have 1 to " + MAX_NAME_LENGTH + " characters");
        }
    }
}
