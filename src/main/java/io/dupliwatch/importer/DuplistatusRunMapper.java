package io.dupliwatch.importer;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import io.dupliwatch.report.BackendStatistics;
import io.dupliwatch.report.BackupRun;
import io.dupliwatch.report.FileCounters;
import io.dupliwatch.report.ReportIdentity;
import io.dupliwatch.report.RunLog;

/**
 * Turns a duplistatus {@code backups} row back into the run Duplicati reported (reference §2.4 in reverse). What
 * duplistatus never stored (uploaded/deleted file counts, quota, remote calls) is 0.
 */
final class DuplistatusRunMapper {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final JsonMapper json;

    DuplistatusRunMapper(JsonMapper json) {
        this.json = json;
    }

    /** @return the run, or {@code null} when the row has no usable begin time */
    BackupRun map(SourceRow row, String serverId, String serverName) throws SQLException {
        Instant begin = row.has("begin_time") ? row.time("begin_time") : null;
        if (begin == null) {
            begin = row.time("date");
        }
        if (begin == null) {
            return null;
        }
        String backupName = row.text("backup_name");
        String backupId = nullToEmpty(row.text("backup_id"));
        ReportIdentity identity = new ReportIdentity(serverId, serverName, backupName, backupId);
        FileCounters files = new FileCounters(row.number("examined_files"), row.number("opened_files"),
                row.number("added_files"), row.number("modified_files"), row.number("deleted_files"),
                row.number("deleted_folders"), row.number("added_folders"), row.number("modified_folders"),
                row.number("not_processed_files"), row.number("too_large_files"), row.number("files_with_error"),
                0, row.number("added_symlinks"), row.number("modified_symlinks"), row.number("deleted_symlinks"),
                row.has("size_of_examined_files") ? row.number("size_of_examined_files") : row.number("size"),
                row.number("size_of_opened_files"), row.number("size_of_added_files"),
                row.number("size_of_modified_files"));
        BackendStatistics backend = new BackendStatistics(row.number("uploaded_size"), row.number("bytes_downloaded"),
                0, 0, 0, 0, 0, 0, row.number("known_file_size"), row.number("backup_list_count"),
                row.time("last_backup_date"), 0, 0, row.flag("reported_quota_error"), row.flag("reported_quota_warning"),
                row.text("backend_main_operation"), row.text("backend_parsed_result"), row.flag("backend_interrupted"),
                row.text("backend_version"), row.time("backend_begin_time"), row.text("backend_duration"),
                row.number("backend_warnings_actual_length"), row.number("backend_errors_actual_length"));
        RunLog log = new RunLog(strings(row.text("messages_array")), strings(row.text("warnings_array")),
                strings(row.text("errors_array")));
        String parsedResult = nullToEmpty(row.text("parsed_result"));
        String status = row.text("status") != null ? row.text("status") : parsedResult;
        long warnings = row.has("warnings_actual_length") ? row.number("warnings_actual_length") : row.number("warnings");
        long errors = row.has("errors_actual_length") ? row.number("errors_actual_length") : row.number("errors");
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("machine-id", serverId);
        extra.put("machine-name", serverName);
        extra.put("backup-name", backupName);
        extra.put("backup-id", backupId);
        return new BackupRun(identity, status, parsedResult, nullToEmpty(row.text("main_operation")),
                row.text("version"), begin, row.time("end_time"), row.decimal("duration_seconds"), files,
                row.flag("partial_backup"), row.flag("dryrun"), row.flag("interrupted"),
                row.number("messages_actual_length"), warnings, errors, backend, log,
                instants(row.text("available_backups")), extra);
    }

    private List<String> strings(String array) {
        if (array == null || array.isBlank()) {
            return List.of();
        }
        try {
            List<String> values = json.readValue(array, STRINGS);
            return values == null ? List.of() : values.stream().map(v -> v == null ? "" : v).toList();
        }
        catch (JacksonException e) {
            return List.of();
        }
    }

    private List<Instant> instants(String array) {
        List<Instant> instants = new ArrayList<>();
        for (String text : strings(array)) {
            Instant instant = SourceRow.parseTime(text);
            if (instant != null) {
                instants.add(instant);
            }
        }
        return instants;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
