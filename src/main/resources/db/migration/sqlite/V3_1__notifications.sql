-- Notifications: channels (global), per-job and per-server settings, template overrides, the outbox and the
-- delivery log. The outbox holds pending work only: a row is deleted once delivered or given up; the
-- delivery log keeps every attempt.

CREATE TABLE notify_channels (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    name            TEXT    NOT NULL,
    kind            TEXT    NOT NULL,
    enabled         BOOLEAN NOT NULL,
    -- JSON settings without the secret fields
    settings        TEXT    NOT NULL,
    -- SecretCipher ciphertext of a JSON object holding the secret fields; NULL when none is set
    secrets         TEXT,
    created_at      BIGINT  NOT NULL,
    updated_at      BIGINT  NOT NULL
);

CREATE TABLE notify_job_settings (
    job_id           BIGINT  NOT NULL PRIMARY KEY REFERENCES jobs (id) ON DELETE CASCADE,
    run_filter       TEXT    NOT NULL,
    -- JSON object kind -> recipients; a kind absent here inherits the server's list
    extra_recipients TEXT    NOT NULL,
    updated_at       BIGINT  NOT NULL
);

-- A channel is on for every job unless switched off here.
CREATE TABLE notify_job_channels (
    job_id          BIGINT  NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    channel_id      BIGINT  NOT NULL REFERENCES notify_channels (id) ON DELETE CASCADE,
    enabled         BOOLEAN NOT NULL,
    PRIMARY KEY (job_id, channel_id)
);

CREATE TABLE notify_server_settings (
    server_id        TEXT    NOT NULL PRIMARY KEY REFERENCES servers (id) ON DELETE CASCADE,
    extra_recipients TEXT    NOT NULL,
    updated_at       BIGINT  NOT NULL
);

-- Overrides of the built-in templates; a missing row means the default of the configured language.
CREATE TABLE notify_templates (
    event           TEXT    NOT NULL PRIMARY KEY,
    title           TEXT    NOT NULL,
    body            TEXT    NOT NULL,
    updated_at      BIGINT  NOT NULL
);

-- What happened (a run, an overdue decision, a recovery), with the facts the templates need, captured in
-- the transaction that decided it.
CREATE TABLE notify_events (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    kind            TEXT    NOT NULL,
    job_id          BIGINT  NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    run_id          BIGINT,
    facts           TEXT    NOT NULL,
    created_at      BIGINT  NOT NULL
);

-- One row per destination of an event: a channel, or a channel redirected to an extra recipient.
CREATE TABLE notify_outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id        BIGINT  NOT NULL REFERENCES notify_events (id) ON DELETE CASCADE,
    channel_id      BIGINT  NOT NULL REFERENCES notify_channels (id) ON DELETE CASCADE,
    recipient       TEXT,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT  NOT NULL,
    -- set while a worker sends; a claim older than the claim timeout is taken over
    claimed_at      BIGINT,
    last_error      TEXT,
    created_at      BIGINT  NOT NULL
);
CREATE INDEX idx_notify_outbox_due ON notify_outbox (next_attempt_at);
CREATE INDEX idx_notify_outbox_event ON notify_outbox (event_id);

-- Every attempt, kept after the channel, the job or the outbox row is gone (hence no foreign keys).
CREATE TABLE notify_deliveries (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    attempted_at    BIGINT  NOT NULL,
    channel_id      BIGINT  NOT NULL,
    channel_name    TEXT    NOT NULL,
    channel_kind    TEXT    NOT NULL,
    recipient       TEXT,
    event           TEXT    NOT NULL,
    job_id          BIGINT,
    run_id          BIGINT,
    server_name     TEXT,
    backup_name     TEXT,
    title           TEXT    NOT NULL,
    attempt         INTEGER NOT NULL,
    outcome         TEXT    NOT NULL,
    error           TEXT,
    -- when the next attempt is due; NULL when delivered or given up
    retry_at        BIGINT,
    duration_ms     BIGINT  NOT NULL
);
CREATE INDEX idx_notify_deliveries_attempted ON notify_deliveries (attempted_at);
