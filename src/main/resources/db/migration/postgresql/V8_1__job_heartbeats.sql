-- Integrations: an optional outgoing heartbeat per job (a Healthchecks or Uptime Kuma push URL), pinged after
-- each pushed run, with the outcome of the last ping so users can see whether the relay works.
-- The URL carries the monitor's token: it is stored encrypted (SecretCipher); url_hint (scheme and host) is what
-- the API shows.
CREATE TABLE job_heartbeats (
    job_id          BIGINT  NOT NULL PRIMARY KEY REFERENCES jobs (id) ON DELETE CASCADE,
    url_secret      TEXT    NOT NULL,
    url_hint        TEXT    NOT NULL,
    kind            TEXT    NOT NULL,
    updated_at      BIGINT  NOT NULL,
    last_sent_at    BIGINT,
    last_signal     TEXT,
    last_error      TEXT
);
