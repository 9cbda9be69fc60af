package io.dupliwatch.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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

    /**
     * The id of a machine or job whose report carries only its name (Duplicati 2.0.x sends no {@code machine-id} nor
     * {@code backup-id}): {@code name-} and 32 hex digits of the name's SHA-256, so the same name always gives the
     * same id and no name gives an unsafe one.
     */
    public static String derivedId(String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.strip().getBytes(StandardCharsets.UTF_8));
            return "name-" + HexFormat.of().formatHex(hash, 0, 16);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
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
        // PostgreSQL cannot store NUL (other control characters are kept, and escaped where they are logged).
        if (value.indexOf('\0') >= 0) {
            throw new InvalidReportFieldException(field, field + " must not contain NUL characters");
        }
    }
}
