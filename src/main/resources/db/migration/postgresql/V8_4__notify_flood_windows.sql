-- Flood control: the last notification of a kind queued for a job opened a window (dupliwatch.notify.flood-window)
-- in which repeats of that kind for that job are not queued but counted.
CREATE TABLE notify_flood_windows (
    job_id          BIGINT  NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    kind            TEXT    NOT NULL,
    opened_at       BIGINT  NOT NULL,
    suppressed      INTEGER NOT NULL,
    PRIMARY KEY (job_id, kind)
);
