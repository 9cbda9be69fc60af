-- The first duplistatus schema (app 0.6 and older): machines instead of servers, machine_id, no log arrays,
-- no alias/note, no configurations, no db_version. Written from the reference's migration history (section 2.1).
CREATE TABLE machines (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created_at DATETIME DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE backups (
    id TEXT PRIMARY KEY,
    machine_id TEXT NOT NULL,
    backup_name TEXT NOT NULL,
    backup_id TEXT NOT NULL,
    date DATETIME NOT NULL,
    status TEXT NOT NULL,
    duration_seconds INTEGER NOT NULL,
    size INTEGER NOT NULL DEFAULT 0,
    uploaded_size INTEGER NOT NULL DEFAULT 0,
    examined_files INTEGER NOT NULL DEFAULT 0,
    warnings INTEGER NOT NULL DEFAULT 0,
    errors INTEGER NOT NULL DEFAULT 0,
    main_operation TEXT NOT NULL,
    parsed_result TEXT NOT NULL,
    begin_time DATETIME NOT NULL,
    end_time DATETIME NOT NULL,
    known_file_size INTEGER NOT NULL DEFAULT 0,
    backup_list_count INTEGER NOT NULL DEFAULT 0
);
