-- Security: local accounts, API tokens, per-server ingest secrets and the audit log.
-- Secrets are never stored: passwords as bcrypt hashes, tokens and ingest secrets as SHA-256 hex digests.

CREATE TABLE users (
    id                    INTEGER PRIMARY KEY AUTOINCREMENT,
    username              TEXT    NOT NULL UNIQUE,          -- stored lower-case
    password_hash         TEXT    NOT NULL,
    role                  TEXT    NOT NULL,                 -- admin | viewer
    enabled               BOOLEAN NOT NULL DEFAULT TRUE,
    must_change_password  BOOLEAN NOT NULL DEFAULT TRUE,
    created_at            BIGINT  NOT NULL,
    password_changed_at   BIGINT  NOT NULL,
    last_login_at         BIGINT,
    last_login_ip         TEXT
);

CREATE TABLE api_tokens (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    name            TEXT    NOT NULL,
    token_hash      TEXT    NOT NULL UNIQUE,
    token_prefix    TEXT    NOT NULL,                       -- first characters, to recognise a token
    scopes          TEXT    NOT NULL,                       -- comma-separated: read,ingest,admin
    created_at      BIGINT  NOT NULL,
    created_by      TEXT    NOT NULL,
    last_used_at    BIGINT,
    revoked_at      BIGINT
);

-- Keyed by Duplicati machine-id (servers.id), without a foreign key: a secret may be set before the first report.
CREATE TABLE ingest_secrets (
    server_id       TEXT    NOT NULL PRIMARY KEY,
    secret_hash     TEXT    NOT NULL,
    created_at      BIGINT  NOT NULL,
    created_by      TEXT    NOT NULL
);

CREATE TABLE audit_log (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    occurred_at     BIGINT  NOT NULL,
    actor           TEXT    NOT NULL,
    action          TEXT    NOT NULL,
    target          TEXT,
    outcome         TEXT    NOT NULL,                       -- success | failure
    client_ip       TEXT,
    user_agent      TEXT,
    details         TEXT    NOT NULL DEFAULT '{}'
);
CREATE INDEX idx_audit_log_occurred_at ON audit_log (occurred_at);
