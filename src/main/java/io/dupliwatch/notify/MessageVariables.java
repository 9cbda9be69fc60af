package io.dupliwatch.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The template variables and their values for one event, formatted in the template language. */
final class MessageVariables {

    /** Every variable a template may use, in the order the API lists them. */
    static final List<String> NAMES = List.of("server_name", "server_alias", "server_note", "backup_name", "status",
            "backup_date", "duration", "file_count", "file_size", "uploaded_size", "storage_size",
            "available_versions", "warnings_count", "errors_count", "messages_count", "log_text",
            "last_backup_date", "last_elapsed", "expected_date", "expected_elapsed", "backup_interval",
            "overdue_tolerance", "recovery_reason", "operation");

    private MessageVariables() {
    }

    static Map<String, String> of(EventFacts facts, ValueFormatter format) {
        Instant lastBackup = facts.lastBackupDate() != null ? facts.lastBackupDate() : facts.backupDate();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("server_name", facts.serverName());
        values.put("server_alias", facts.serverAlias() == null || facts.serverAlias().isBlank() ? facts.serverName()
                : facts.serverAlias() + " (" + facts.serverName() + ")");
        values.put("server_note", facts.serverNote() == null ? "" : facts.serverNote());
        values.put("backup_name", facts.backupName());
        values.put("status", format.status(facts.status()));
        values.put("backup_date", format.date(facts.backupDate()));
        values.put("duration", format.duration(facts.durationSeconds()));
        values.put("file_count", format.count(facts.fileCount()));
        values.put("file_size", format.size(facts.fileSize()));
        values.put("uploaded_size", format.size(facts.uploadedSize()));
        values.put("storage_size", format.size(facts.storageSize()));
        values.put("available_versions", format.count(facts.availableVersions()));
        values.put("warnings_count", format.count(facts.warningsCount()));
        values.put("errors_count", format.count(facts.errorsCount()));
        values.put("messages_count", format.count(facts.messagesCount()));
        values.put("log_text", facts.logText() == null ? "" : facts.logText());
        values.put("last_backup_date", format.date(lastBackup));
        values.put("last_elapsed", format.elapsed(lastBackup));
        values.put("expected_date", format.date(facts.expectedDate()));
        values.put("expected_elapsed", format.elapsed(facts.expectedDate()));
        values.put("backup_interval", facts.backupInterval() == null ? ValueFormatter.UNKNOWN : facts.backupInterval());
        values.put("overdue_tolerance", facts.toleranceSeconds() == null ? ValueFormatter.UNKNOWN
                : format.duration(Duration.ofSeconds(facts.toleranceSeconds())));
        values.put("recovery_reason", format.recovery(facts.recovery()));
        values.put("operation", format.operations(facts.operation()));
        return values;
    }
}
