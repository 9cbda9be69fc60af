package io.dupliwatch.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** The columns of a {@link RunSummary} (run alias {@code r}, job alias {@code j}) and how to read them back. */
final class RunSummaryRows {

    static final String COLUMNS = """
            r.id AS run_id, r.job_id AS run_job_id, j.backup_name AS run_backup_name, r.status AS run_status,
            r.begin_time AS run_begin_time, r.duration_seconds AS run_duration, r.examined_files AS run_files,
            r.size_of_examined_files AS run_file_size, r.uploaded_size AS run_uploaded,
            r.known_file_size AS run_storage, r.backup_list_count AS run_versions,
            r.warnings_count AS run_warnings, r.errors_count AS run_errors""";

    private RunSummaryRows() {
    }

    /** @return the summary, or {@code null} when the row has no run (outer join) */
    static RunSummary map(ResultSet rs) throws SQLException {
        long id = rs.getLong("run_id");
        if (rs.wasNull()) {
            return null;
        }
        return new RunSummary(id, rs.getLong("run_job_id"), rs.getString("run_backup_name"),
                rs.getString("run_status"), Instant.ofEpochMilli(rs.getLong("run_begin_time")),
                rs.getDouble("run_duration"), rs.getLong("run_files"), rs.getLong("run_file_size"),
                rs.getLong("run_uploaded"), rs.getLong("run_storage"), rs.getLong("run_versions"),
                rs.getLong("run_warnings"), rs.getLong("run_errors"));
    }
}
