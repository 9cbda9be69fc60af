package io.dupliwatch.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.Assert;

/** SQL for servers, jobs and runs. Writes are called inside {@link RunRecorder}'s transaction. */
@Repository
class RunRepository {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<List<Instant>> INSTANTS = new TypeReference<>() { };
    private static final TypeReference<LinkedHashMap<String, String>> EXTRA = new TypeReference<>() { };

    /** Columns written by {@link #runValues}, in that order; read back by {@link #mapRun}. */
    private static final List<String> RUN_COLUMNS = List.of("job_id", "server_id", "backup_id", "source",
            "received_at", "status", "parsed_result", "main_operation", "version", "begin_time", "end_time",
            "duration_seconds", "examined_files", "opened_files", "added_files", "modified_files", "deleted_files",
            "deleted_folders", "added_folders", "modified_folders", "not_processed_files", "too_large_files",
            "files_with_error", "timestamp_changed_files", "added_symlinks", "modified_symlinks", "deleted_symlinks",
            "size_of_examined_files", "size_of_opened_files", "size_of_added_files", "size_of_modified_files",
            "partial_backup", "dryrun", "interrupted", "messages_count", "warnings_count", "errors_count",
            "uploaded_size", "downloaded_size", "files_uploaded", "files_downloaded", "files_deleted",
            "remote_calls", "retry_attempts", "known_file_count", "known_file_size", "backup_list_count",
            "last_backup_date", "total_quota_space", "free_quota_space", "reported_quota_error",
            "reported_quota_warning", "backend_main_operation", "backend_parsed_result", "backend_interrupted",
            "backend_version", "backend_begin_time", "backend_duration", "backend_warnings_count",
            "backend_errors_count", "available_backups", "extra", "reduced");

    /**
     * Positional parameters, bound in {@link #RUN_COLUMNS} order: expanding 62 named parameters cost more than the
     * rest of the statement's Java side (and a new SQL string each time defeats the statement cache's fast path).
     */
    private static final String INSERT_RUN = "INSERT INTO runs (" + String.join(", ", RUN_COLUMNS) + ") VALUES ("
            + RUN_COLUMNS.stream().map(c -> "?").collect(Collectors.joining(", "))
            + ") ON CONFLICT (job_id, begin_time) DO NOTHING RETURNING id";

    private static final String RUN_SELECT = "SELECT r.id, r." + String.join(", r.", RUN_COLUMNS) + """
            , j.backup_name AS job_backup_name, s.name AS server_name,
                   l.messages AS log_messages, l.warnings AS log_warnings, l.errors AS log_errors
              FROM runs r
              JOIN jobs j ON j.id = r.job_id
              JOIN servers s ON s.id = r.server_id
              LEFT JOIN run_logs l ON l.run_id = r.id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RunRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Creates the server on first sight; returns the name stored before this call. Reads first: a known server's
     * row is not rewritten on every upload.
     */
    String upsertServer(String id, String name, Instant now) {
        return storedServerName(id).orElseGet(() -> jdbc.sql("""
                        INSERT INTO servers (id, name, created_at) VALUES (:id, :name, :now)
                        ON CONFLICT (id) DO NOTHING
                        RETURNING name
                        """)
                .param("id", id).param("name", name).param("now", now.toEpochMilli())
                .query(String.class).optional()
                // another instance stored the server's first run meanwhile
                .orElseGet(() -> storedServerName(id).orElseThrow()));
    }

    private Optional<String> storedServerName(String id) {
        return jdbc.sql("SELECT name FROM servers WHERE id = :id").param("id", id).query(String.class).optional();
    }

    void renameServer(String id, String oldName, String newName, Instant now) {
        jdbc.sql("""
                INSERT INTO server_previous_names (server_id, name, replaced_at) VALUES (:id, :old, :now)
                ON CONFLICT (server_id, name) DO UPDATE SET replaced_at = excluded.replaced_at
                """)
                .param("id", id).param("old", oldName).param("now", now.toEpochMilli()).update();
        jdbc.sql("DELETE FROM server_previous_names WHERE server_id = :id AND name = :name")
                .param("id", id).param("name", newName).update();
        int updated = jdbc.sql("UPDATE servers SET name = :name WHERE id = :id")
                .param("id", id).param("name", newName).update();
        Assert.state(updated == 1, () -> "server " + id + " vanished during rename");
    }

    /** The job's state before this run: its id, newest status and newest begin time (both null when new). */
    record JobHead(long id, String latestStatus, Long latestBeginTime) {
    }

    JobHead upsertJob(String serverId, String backupName, Instant now) {
        return jdbc.sql("""
                INSERT INTO jobs (server_id, backup_name, created_at) VALUES (:serverId, :backupName, :now)
                ON CONFLICT (server_id, backup_name) DO UPDATE SET backup_name = jobs.backup_name
                RETURNING id, latest_status, latest_begin_time
                """)
                .param("serverId", serverId).param("backupName", backupName).param("now", now.toEpochMilli())
                .query((rs, n) -> new JobHead(rs.getLong("id"), rs.getString("latest_status"),
                        nullableLong(rs, "latest_begin_time")))
                .single();
    }

    /** @return the new run's id, or empty when the job already has a run with this begin time */
    Optional<Long> insertRun(long jobId, BackupRun run, RunSource source, Instant now) {
        Optional<Long> id = jdbc.sql(INSERT_RUN).params(runValues(jobId, run, source, now))
                .query(Long.class).optional();
        id.ifPresent(runId -> jdbc.sql("""
                        INSERT INTO run_logs (run_id, messages, warnings, errors)
                        VALUES (:runId, :messages, :warnings, :errors)
                        """)
                .param("runId", runId)
                .param("messages", json.writeValueAsString(run.log().messages()))
                .param("warnings", json.writeValueAsString(run.log().warnings()))
                .param("errors", json.writeValueAsString(run.log().errors()))
                .update());
        return id;
    }

    /**
     * Counts the run into the job's totals (the upload total saturates at the largest figure, so that no series of
     * reports can overflow it) and, when it is the newest, makes it the job's latest state.
     */
    void updateJobState(long jobId, long runId, BackupRun run, boolean newest) {
        boolean good = RunStatus.of(run.status()).succeeded();
        int updated = jdbc.sql("""
                UPDATE jobs SET run_count = run_count + 1,
                                uploaded_total = CASE WHEN uploaded_total > :maxTotal - :uploaded THEN :maxTotal
                                                      ELSE uploaded_total + :uploaded END,
                                last_success_time = CASE WHEN :good AND (last_success_time IS NULL OR last_success_time < :begin)
                                                         THEN :begin ELSE last_success_time END,
                                latest_run_id = CASE WHEN :newest THEN :runId ELSE latest_run_id END,
                                latest_begin_time = CASE WHEN :newest THEN :begin ELSE latest_begin_time END,
                                latest_status = CASE WHEN :newest THEN :status ELSE latest_status END,
                                latest_size = CASE WHEN :newest THEN :size ELSE latest_size END,
                                latest_known_file_size = CASE WHEN :newest THEN :known ELSE latest_known_file_size END,
                                backup_id = CASE WHEN :newest THEN :backupId ELSE backup_id END
                 WHERE id = :id
                """)
                .param("uploaded", run.backend().bytesUploaded()).param("maxTotal", DuplicatiResultMapper.MAX_FIGURE)
                .param("good", good)
                .param("begin", run.beginTime().toEpochMilli()).param("newest", newest).param("runId", runId)
                .param("status", run.status()).param("size", run.files().sizeOfExaminedFiles())
                .param("known", run.backend().knownFileSize()).param("backupId", run.identity().backupId())
                .param("id", jobId)
                .update();
        Assert.state(updated == 1, () -> "job " + jobId + " vanished while recording run " + runId);
    }

    Optional<StoredRun> findRun(long runId) {
        return jdbc.sql(RUN_SELECT + " WHERE r.id = :id").param("id", runId).query(this::mapRun).optional();
    }

    /** The stored log messages of the job's newest runs, newest first; runs without a log are left out. */
    List<List<String>> findNewestMessages(long jobId, int limit) {
        return jdbc.sql("""
                SELECT l.messages FROM runs r JOIN run_logs l ON l.run_id = r.id
                 WHERE r.job_id = :id ORDER BY r.begin_time DESC LIMIT :limit
                """).param("id", jobId).param("limit", limit)
                .query((rs, n) -> json.readValue(rs.getString(1), STRINGS)).list();
    }

    Optional<StoredRun> findNewestRunOfServer(String serverId) {
        return jdbc.sql(RUN_SELECT + """
                 WHERE r.id = (SELECT j2.latest_run_id FROM jobs j2
                                WHERE j2.server_id = :serverId AND j2.latest_run_id IS NOT NULL
                                ORDER BY j2.latest_begin_time DESC, j2.id DESC LIMIT 1)
                """).param("serverId", serverId).query(this::mapRun).optional();
    }

    List<StoredRun> findNewestRunOfEachJob(String serverId) {
        return jdbc.sql(RUN_SELECT + """
                 WHERE r.id IN (SELECT j2.latest_run_id FROM jobs j2 WHERE j2.server_id = :serverId)
                 ORDER BY r.begin_time DESC, r.id DESC
                """).param("serverId", serverId).query(this::mapRun).list();
    }

    /** The values of {@link #RUN_COLUMNS}, in that order. */
    private List<Object> runValues(long jobId, BackupRun run, RunSource source, Instant now) {
        FileCounters f = run.files();
        BackendStatistics b = run.backend();
        Map<String, Object> c = new LinkedHashMap<>(128);
        c.put("job_id", jobId);
        c.put("server_id", run.identity().machineId());
        c.put("backup_id", nullToEmpty(run.identity().backupId()));
        c.put("source", source.name());
        c.put("received_at", now.toEpochMilli());
        c.put("status", run.status());
        c.put("parsed_result", run.parsedResult());
        c.put("main_operation", Operation.BACKUP.label()); // runs holds backups; other operations: operation_runs
        c.put("version", run.version());
        c.put("begin_time", run.beginTime().toEpochMilli());
        c.put("end_time", epochMillis(run.endTime()));
        c.put("duration_seconds", run.durationSeconds());
        c.put("examined_files", f.examinedFiles());
        c.put("opened_files", f.openedFiles());
        c.put("added_files", f.addedFiles());
        c.put("modified_files", f.modifiedFiles());
        c.put("deleted_files", f.deletedFiles());
        c.put("deleted_folders", f.deletedFolders());
        c.put("added_folders", f.addedFolders());
        c.put("modified_folders", f.modifiedFolders());
        c.put("not_processed_files", f.notProcessedFiles());
        c.put("too_large_files", f.tooLargeFiles());
        c.put("files_with_error", f.filesWithError());
        c.put("timestamp_changed_files", f.timestampChangedFiles());
        c.put("added_symlinks", f.addedSymlinks());
        c.put("modified_symlinks", f.modifiedSymlinks());
        c.put("deleted_symlinks", f.deletedSymlinks());
        c.put("size_of_examined_files", f.sizeOfExaminedFiles());
        c.put("size_of_opened_files", f.sizeOfOpenedFiles());
        c.put("size_of_added_files", f.sizeOfAddedFiles());
        c.put("size_of_modified_files", f.sizeOfModifiedFiles());
        c.put("partial_backup", run.partialBackup());
        c.put("dryrun", run.dryrun());
        c.put("interrupted", run.interrupted());
        c.put("messages_count", run.messagesCount());
        c.put("warnings_count", run.warningsCount());
        c.put("errors_count", run.errorsCount());
        c.put("uploaded_size", b.bytesUploaded());
        c.put("downloaded_size", b.bytesDownloaded());
        c.put("files_uploaded", b.filesUploaded());
        c.put("files_downloaded", b.filesDownloaded());
        c.put("files_deleted", b.filesDeleted());
        c.put("remote_calls", b.remoteCalls());
        c.put("retry_attempts", b.retryAttempts());
        c.put("known_file_count", b.knownFileCount());
        c.put("known_file_size", b.knownFileSize());
        c.put("backup_list_count", b.backupListCount());
        c.put("last_backup_date", epochMillis(b.lastBackupDate()));
        c.put("total_quota_space", b.totalQuotaSpace());
        c.put("free_quota_space", b.freeQuotaSpace());
        c.put("reported_quota_error", b.reportedQuotaError());
        c.put("reported_quota_warning", b.reportedQuotaWarning());
        c.put("backend_main_operation", b.mainOperation());
        c.put("backend_parsed_result", b.parsedResult());
        c.put("backend_interrupted", b.interrupted());
        c.put("backend_version", b.version());
        c.put("backend_begin_time", epochMillis(b.beginTime()));
        c.put("backend_duration", b.duration());
        c.put("backend_warnings_count", b.warningsCount());
        c.put("backend_errors_count", b.errorsCount());
        c.put("available_backups", json.writeValueAsString(run.availableBackups().stream().map(Instant::toString).toList()));
        c.put("extra", json.writeValueAsString(run.extra()));
        c.put("reduced", run.reduced());
        Iterator<String> columns = RUN_COLUMNS.iterator();
        Assert.state(c.size() == RUN_COLUMNS.size() && c.keySet().stream().allMatch(name -> name.equals(columns.next())),
                "run columns out of sync");
        return new ArrayList<>(c.values());
    }

    private StoredRun mapRun(ResultSet rs, int rowNum) throws SQLException {
        ReportIdentity identity = new ReportIdentity(rs.getString("server_id"), rs.getString("server_name"),
                rs.getString("job_backup_name"), rs.getString("backup_id"));
        FileCounters files = new FileCounters(rs.getLong("examined_files"), rs.getLong("opened_files"),
                rs.getLong("added_files"), rs.getLong("modified_files"), rs.getLong("deleted_files"),
                rs.getLong("deleted_folders"), rs.getLong("added_folders"), rs.getLong("modified_folders"),
                rs.getLong("not_processed_files"), rs.getLong("too_large_files"), rs.getLong("files_with_error"),
                rs.getLong("timestamp_changed_files"), rs.getLong("added_symlinks"),
                rs.getLong("modified_symlinks"), rs.getLong("deleted_symlinks"),
                rs.getLong("size_of_examined_files"), rs.getLong("size_of_opened_files"),
                rs.getLong("size_of_added_files"), rs.getLong("size_of_modified_files"));
        BackendStatistics backend = new BackendStatistics(rs.getLong("uploaded_size"), rs.getLong("downloaded_size"),
                rs.getLong("files_uploaded"), rs.getLong("files_downloaded"), rs.getLong("files_deleted"),
                rs.getLong("remote_calls"), rs.getLong("retry_attempts"), rs.getLong("known_file_count"),
                rs.getLong("known_file_size"), rs.getLong("backup_list_count"), instant(rs, "last_backup_date"),
                rs.getLong("total_quota_space"), rs.getLong("free_quota_space"),
                rs.getBoolean("reported_quota_error"), rs.getBoolean("reported_quota_warning"),
                rs.getString("backend_main_operation"), rs.getString("backend_parsed_result"),
                rs.getBoolean("backend_interrupted"), rs.getString("backend_version"),
                instant(rs, "backend_begin_time"), rs.getString("backend_duration"),
                rs.getLong("backend_warnings_count"), rs.getLong("backend_errors_count"));
        String messages = rs.getString("log_messages");
        RunLog log = messages == null ? RunLog.EMPTY
                : new RunLog(json.readValue(messages, STRINGS), json.readValue(rs.getString("log_warnings"), STRINGS),
                        json.readValue(rs.getString("log_errors"), STRINGS));
        BackupRun run = new BackupRun(identity, rs.getString("status"), rs.getString("parsed_result"),
                rs.getString("main_operation"), rs.getString("version"), instant(rs, "begin_time"),
                instant(rs, "end_time"), rs.getDouble("duration_seconds"), files,
                rs.getBoolean("partial_backup"), rs.getBoolean("dryrun"), rs.getBoolean("interrupted"),
                rs.getLong("messages_count"), rs.getLong("warnings_count"), rs.getLong("errors_count"),
                backend, log, json.readValue(rs.getString("available_backups"), INSTANTS),
                json.readValue(rs.getString("extra"), EXTRA));
        return new StoredRun(rs.getLong("id"), rs.getLong("job_id"), RunSource.valueOf(rs.getString("source")),
                instant(rs, "received_at"), run);
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Long millis = nullableLong(rs, column);
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    private static Long epochMillis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
