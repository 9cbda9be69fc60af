package io.dupliwatch.report;

/** The orders a run history can be listed in; each maps to one indexed or cheap column. */
public enum RunOrder {
    BEGIN_TIME("r.begin_time"),
    JOB("j.backup_name"),
    STATUS("r.status"),
    DURATION("r.duration_seconds"),
    FILES("r.examined_files"),
    FILE_SIZE("r.size_of_examined_files"),
    UPLOADED("r.uploaded_size"),
    STORAGE("r.known_file_size"),
    VERSIONS("r.backup_list_count"),
    WARNINGS("r.warnings_count"),
    ERRORS("r.errors_count");

    final String column;

    RunOrder(String column) {
        this.column = column;
    }
}
