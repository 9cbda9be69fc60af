-- Servers (one per Duplicati machine-id), jobs (one per server + backup name) and runs.
-- Times are epoch milliseconds (UTC) in BIGINT columns: portable, sortable, no time-zone parsing in SQL.

CREATE TABLE servers (
    id              TEXT    NOT NULL PRIMARY KEY,
    name            TEXT    NOT NULL,
    alias           TEXT    NOT NULL DEFAULT '',
    note            TEXT    NOT NULL DEFAULT '',
    created_at      BIGINT  NOT NULL
);

CREATE TABLE server_previous_names (
    server_id       TEXT    NOT NULL REFERENCES servers (id) ON DELETE CASCADE,
    name            TEXT    NOT NULL,
    replaced_at     BIGINT  NOT NULL,
    PRIMARY KEY (server_id, name)
);
CREATE INDEX idx_server_previous_names_name ON server_previous_names (name);
CREATE INDEX idx_servers_name ON servers (name);

-- A job carries its latest state so that summaries cost O(jobs), never O(runs).
CREATE TABLE jobs (
    id                       INTEGER PRIMARY KEY AUTOINCREMENT,
    server_id                TEXT    NOT NULL REFERENCES servers (id) ON DELETE CASCADE,
    backup_name              TEXT    NOT NULL,
    backup_id                TEXT    NOT NULL DEFAULT '',
    created_at               BIGINT  NOT NULL,
    run_count                BIGINT  NOT NULL DEFAULT 0,
    uploaded_total           BIGINT  NOT NULL DEFAULT 0,
    latest_run_id            BIGINT,
    latest_begin_time        BIGINT,
    latest_status            TEXT,
    latest_size              BIGINT  NOT NULL DEFAULT 0,
    latest_known_file_size   BIGINT  NOT NULL DEFAULT 0,
    last_success_time        BIGINT,
    next_expected_at         BIGINT,
    UNIQUE (server_id, backup_name)
);

CREATE TABLE runs (
    id                           INTEGER PRIMARY KEY AUTOINCREMENT,
    job_id                       BIGINT  NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    server_id                    TEXT    NOT NULL,
    backup_id                    TEXT    NOT NULL DEFAULT '',
    source                       TEXT    NOT NULL,
    received_at                  BIGINT  NOT NULL,
    status                       TEXT    NOT NULL,
    parsed_result                TEXT    NOT NULL,
    main_operation               TEXT    NOT NULL,
    version                      TEXT,
    begin_time                   BIGINT  NOT NULL,
    end_time                     BIGINT,
    duration_seconds             DOUBLE PRECISION NOT NULL,
    examined_files               BIGINT  NOT NULL DEFAULT 0,
    opened_files                 BIGINT  NOT NULL DEFAULT 0,
    added_files                  BIGINT  NOT NULL DEFAULT 0,
    modified_files               BIGINT  NOT NULL DEFAULT 0,
    deleted_files                BIGINT  NOT NULL DEFAULT 0,
    deleted_folders              BIGINT  NOT NULL DEFAULT 0,
    added_folders                BIGINT  NOT NULL DEFAULT 0,
    modified_folders             BIGINT  NOT NULL DEFAULT 0,
    not_processed_files          BIGINT  NOT NULL DEFAULT 0,
    too_large_files              BIGINT  NOT NULL DEFAULT 0,
    files_with_error             BIGINT  NOT NULL DEFAULT 0,
    timestamp_changed_files      BIGINT  NOT NULL DEFAULT 0,
    added_symlinks               BIGINT  NOT NULL DEFAULT 0,
    modified_symlinks            BIGINT  NOT NULL DEFAULT 0,
    deleted_symlinks             BIGINT  NOT NULL DEFAULT 0,
    size_of_examined_files       BIGINT  NOT NULL DEFAULT 0,
    size_of_opened_files         BIGINT  NOT NULL DEFAULT 0,
    size_of_added_files          BIGINT  NOT NULL DEFAULT 0,
    size_of_modified_files       BIGINT  NOT NULL DEFAULT 0,
    partial_backup               BOOLEAN NOT NULL DEFAULT FALSE,
    dryrun                       BOOLEAN NOT NULL DEFAULT FALSE,
    interrupted                  BOOLEAN NOT NULL DEFAULT FALSE,
    messages_count               BIGINT  NOT NULL DEFAULT 0,
    warnings_count               BIGINT  NOT NULL DEFAULT 0,
    errors_count                 BIGINT  NOT NULL DEFAULT 0,
    uploaded_size                BIGINT  NOT NULL DEFAULT 0,
    downloaded_size              BIGINT  NOT NULL DEFAULT 0,
    files_uploaded               BIGINT  NOT NULL DEFAULT 0,
    files_downloaded             BIGINT  NOT NULL DEFAULT 0,
    files_deleted                BIGINT  NOT NULL DEFAULT 0,
    remote_calls                 BIGINT  NOT NULL DEFAULT 0,
    retry_attempts               BIGINT  NOT NULL DEFAULT 0,
    known_file_count             BIGINT  NOT NULL DEFAULT 0,
    known_file_size              BIGINT  NOT NULL DEFAULT 0,
    backup_list_count            BIGINT  NOT NULL DEFAULT 0,
    last_backup_date             BIGINT,
    total_quota_space            BIGINT  NOT NULL DEFAULT 0,
    free_quota_space             BIGINT  NOT NULL DEFAULT 0,
    reported_quota_error         BOOLEAN NOT NULL DEFAULT FALSE,
    reported_quota_warning       BOOLEAN NOT NULL DEFAULT FALSE,
    backend_main_operation       TEXT,
    backend_parsed_result        TEXT,
    backend_interrupted          BOOLEAN NOT NULL DEFAULT FALSE,
    backend_version              TEXT,
    backend_begin_time           BIGINT,
    backend_duration             TEXT,
    backend_warnings_count       BIGINT  NOT NULL DEFAULT 0,
    backend_errors_count         BIGINT  NOT NULL DEFAULT 0,
    available_backups            TEXT    NOT NULL DEFAULT '[]',
    extra                        TEXT    NOT NULL DEFAULT '{}',
    -- The duplicate rule of /api/upload (machine-id + backup-name + BeginTime), enforced by the database.
    UNIQUE (job_id, begin_time)
);
CREATE INDEX idx_runs_server_begin ON runs (server_id, begin_time);

-- Log text is kept apart so that scans of run statistics never read megabytes of messages.
CREATE TABLE run_logs (
    run_id          BIGINT  NOT NULL PRIMARY KEY REFERENCES runs (id) ON DELETE CASCADE,
    messages        TEXT    NOT NULL,
    warnings        TEXT    NOT NULL,
    errors          TEXT    NOT NULL
);
