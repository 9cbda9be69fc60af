-- A duplistatus database of schema 4.0, written from the column lists of the reference
-- (shared/reference/duplistatus-features.md, section 2.2). Statements are separated by ";\n".
CREATE TABLE servers (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    server_url TEXT DEFAULT '',
    alias TEXT DEFAULT '',
    note TEXT DEFAULT '',
    server_password TEXT DEFAULT '',
    created_at DATETIME DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE backups (
    id TEXT PRIMARY KEY,
    server_id TEXT NOT NULL,
    backup_name TEXT NOT NULL,
    backup_id TEXT NOT NULL,
    date DATETIME NOT NULL,
    status TEXT NOT NULL,
    duration_seconds INTEGER NOT NULL,
    size INTEGER NOT NULL DEFAULT 0,
    uploaded_size INTEGER DEFAULT 0,
    examined_files INTEGER DEFAULT 0,
    warnings INTEGER DEFAULT 0,
    errors INTEGER DEFAULT 0,
    created_at DATETIME DEFAULT CURRENT_TIMESTAMP,
    messages_array TEXT DEFAULT '[]',
    warnings_array TEXT DEFAULT '[]',
    errors_array TEXT DEFAULT '[]',
    available_backups TEXT DEFAULT '[]',
    deleted_files INTEGER NOT NULL DEFAULT 0,
    deleted_folders INTEGER NOT NULL DEFAULT 0,
    modified_files INTEGER NOT NULL DEFAULT 0,
    opened_files INTEGER NOT NULL DEFAULT 0,
    added_files INTEGER NOT NULL DEFAULT 0,
    not_processed_files INTEGER NOT NULL DEFAULT 0,
    added_folders INTEGER NOT NULL DEFAULT 0,
    too_large_files INTEGER NOT NULL DEFAULT 0,
    files_with_error INTEGER NOT NULL DEFAULT 0,
    modified_folders INTEGER NOT NULL DEFAULT 0,
    modified_symlinks INTEGER NOT NULL DEFAULT 0,
    added_symlinks INTEGER NOT NULL DEFAULT 0,
    deleted_symlinks INTEGER NOT NULL DEFAULT 0,
    size_of_modified_files INTEGER NOT NULL DEFAULT 0,
    size_of_added_files INTEGER NOT NULL DEFAULT 0,
    size_of_examined_files INTEGER NOT NULL DEFAULT 0,
    size_of_opened_files INTEGER NOT NULL DEFAULT 0,
    partial_backup BOOLEAN DEFAULT 0,
    dryrun BOOLEAN DEFAULT 0,
    interrupted BOOLEAN DEFAULT 0,
    main_operation TEXT NOT NULL,
    parsed_result TEXT NOT NULL,
    version TEXT,
    begin_time DATETIME NOT NULL,
    end_time DATETIME NOT NULL,
    warnings_actual_length INTEGER DEFAULT 0,
    errors_actual_length INTEGER DEFAULT 0,
    messages_actual_length INTEGER DEFAULT 0,
    bytes_downloaded INTEGER,
    known_file_size INTEGER,
    last_backup_date DATETIME,
    backup_list_count INTEGER,
    reported_quota_error BOOLEAN,
    reported_quota_warning BOOLEAN,
    backend_main_operation TEXT,
    backend_parsed_result TEXT,
    backend_interrupted BOOLEAN,
    backend_version TEXT,
    backend_begin_time DATETIME,
    backend_duration TEXT,
    backend_warnings_actual_length INTEGER,
    backend_errors_actual_length INTEGER,
    FOREIGN KEY (server_id) REFERENCES servers(id)
);
CREATE INDEX idx_backups_server_id ON backups(server_id);
CREATE INDEX idx_backups_date ON backups(date);
CREATE INDEX idx_backups_begin_time ON backups(begin_time);
CREATE INDEX idx_backups_end_time ON backups(end_time);
CREATE INDEX idx_backups_backup_id ON backups(backup_id);
CREATE TABLE configurations (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT
);
CREATE TABLE db_version (
    version TEXT PRIMARY KEY,
    applied_at DATETIME DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE users (
    id TEXT PRIMARY KEY,
    username TEXT UNIQUE NOT NULL,
    password_hash TEXT NOT NULL,
    is_admin BOOLEAN NOT NULL DEFAULT 0,
    must_change_password BOOLEAN DEFAULT 0,
    created_at DATETIME DEFAULT CURRENT_TIMESTAMP,
    updated_at DATETIME DEFAULT CURRENT_TIMESTAMP,
    last_login_at DATETIME,
    last_login_ip TEXT,
    failed_login_attempts INTEGER DEFAULT 0,
    locked_until DATETIME
);
CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    user_id TEXT REFERENCES users(id) ON DELETE CASCADE,
    created_at DATETIME DEFAULT CURRENT_TIMESTAMP,
    last_accessed DATETIME DEFAULT CURRENT_TIMESTAMP,
    expires_at DATETIME NOT NULL,
    ip_address TEXT,
    user_agent TEXT,
    csrf_token TEXT,
    csrf_expires_at DATETIME
);
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    timestamp DATETIME DEFAULT CURRENT_TIMESTAMP,
    user_id TEXT REFERENCES users(id) ON DELETE SET NULL,
    username TEXT,
    action TEXT NOT NULL,
    category TEXT NOT NULL,
    target_type TEXT,
    target_id TEXT,
    details TEXT,
    ip_address TEXT,
    user_agent TEXT,
    status TEXT NOT NULL,
    error_message TEXT
);
INSERT INTO db_version (version) VALUES ('3.0');
INSERT INTO db_version (version) VALUES ('3.1');
INSERT INTO db_version (version) VALUES ('4.0');
