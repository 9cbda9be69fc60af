package io.dupliwatch.report;

import java.util.Locale;
import java.util.Optional;

/**
 * The Duplicati operations ({@code Data.MainOperation}) Dupliwatch stores: backups, and every operation that
 * changes or checks a backup. Others ({@code List}, {@code Find}...) are acknowledged and not stored. The label is
 * Duplicati's spelling, used in the database, in JSON keys and in metrics labels.
 */
public enum Operation {
    BACKUP("Backup"),
    RESTORE("Restore"),
    RESTORE_TEST("RestoreTest"),
    TEST("Test"),
    COMPACT("Compact"),
    REPAIR("Repair"),
    DELETE("Delete"),
    VACUUM("Vacuum"),
    PURGE_FILES("PurgeFiles"),
    PURGE_BROKEN_FILES("PurgeBrokenFiles");

    private final String label;

    Operation(String label) {
        this.label = label;
    }

    /** @return the operation named {@code name} (ignoring case, as Duplicati does), empty when not stored */
    public static Optional<Operation> of(String name) {
        if (name != null) {
            for (Operation operation : values()) {
                if (operation.label.equalsIgnoreCase(name.strip())) {
                    return Optional.of(operation);
                }
            }
        }
        return Optional.empty();
    }

    /** Operations a job can be expected to run regularly besides backups: a restore and a verification. */
    public static boolean expectable(Operation operation) {
        return operation == RESTORE || operation == TEST;
    }

    /** Whether a successful run of this operation meets an expectation of {@code expected}: a restore test is a restore. */
    public boolean satisfies(Operation expected) {
        return this == expected || (this == RESTORE_TEST && expected == RESTORE);
    }

    public String label() {
        return label;
    }

    /** {@code restore_test}: message keys and CSS. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
