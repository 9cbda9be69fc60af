-- How to reach the Duplicati server behind a Dupliwatch server, and what the last collection found.
-- No foreign key to servers: a server first seen through collection has no servers row until its first run
-- is imported, and a merge moves the row to another server id.
CREATE TABLE duplicati_connections (
    server_id                TEXT    NOT NULL PRIMARY KEY,
    url                      TEXT    NOT NULL,
    -- 'password' (UI password, logged in once per collection) or 'pre-auth-token' (--webservice-pre-auth-tokens)
    auth_kind                TEXT    NOT NULL,
    -- Encrypted with the data directory's secret key; never returned by the API.
    secret                   TEXT    NOT NULL,
    allow_self_signed        BOOLEAN NOT NULL DEFAULT FALSE,
    -- SHA-256 of the self-signed certificate accepted first; cleared whenever the connection is saved.
    pinned_certificate       TEXT,
    auto_collect_hours       INTEGER,
    created_at               BIGINT  NOT NULL,
    updated_at               BIGINT  NOT NULL,
    -- Claim of a running collection (conditional update), so two collections of one server never overlap.
    collecting_since         BIGINT,
    -- What the server said about itself at the last successful contact.
    resolved_url             TEXT,
    duplicati_machine_id     TEXT,
    duplicati_machine_name   TEXT,
    duplicati_version        TEXT,
    -- Outcome of the last collection.
    last_started_at          BIGINT,
    last_finished_at         BIGINT,
    last_problem             TEXT,
    last_error               TEXT,
    last_imported            BIGINT  NOT NULL DEFAULT 0,
    last_skipped             BIGINT  NOT NULL DEFAULT 0,
    last_failed              BIGINT  NOT NULL DEFAULT 0
);
CREATE INDEX idx_duplicati_connections_machine_id ON duplicati_connections (duplicati_machine_id);
