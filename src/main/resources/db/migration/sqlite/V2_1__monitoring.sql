-- Monitoring: per-job schedule settings and overdue-alert state, and the global monitoring settings.
-- The next expected run of each job is kept in jobs.next_expected_at (maintained by monitoring only).

CREATE TABLE job_monitoring (
    job_id              BIGINT  NOT NULL PRIMARY KEY REFERENCES jobs (id) ON DELETE CASCADE,
    enabled             BOOLEAN NOT NULL DEFAULT TRUE,
    repeat_interval     TEXT    NOT NULL DEFAULT '1D',          -- Duplicati Schedule.Repeat grammar
    weekdays            TEXT    NOT NULL DEFAULT 'MON,TUE,WED,THU,FRI,SAT,SUN',
    time_of_day         TEXT,                                   -- HH:mm, local time of the configured zone
    window_start        TEXT,                                   -- HH:mm
    window_end          TEXT,                                   -- HH:mm, before window_start = crosses midnight
    tolerance_seconds   BIGINT,                                 -- NULL: the global tolerance
    schedule_source     TEXT    NOT NULL DEFAULT 'default',     -- default / inferred / duplicati / user
    overdue_alerted_at  BIGINT,                                 -- first alert of the current overdue period
    last_alert_at       BIGINT,                                 -- newest alert or reminder
    updated_at          BIGINT  NOT NULL
);

-- At most one row (id 1), written on first save; missing row or NULL columns fall back to the dupliwatch.monitoring.* / dupliwatch.time-zone properties.
CREATE TABLE monitoring_settings (
    id                      INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    tolerance_seconds       BIGINT,
    check_interval_seconds  BIGINT,
    time_zone               TEXT,
    reminder_frequency      TEXT,
    last_check_at           BIGINT
);

INSERT INTO job_monitoring (job_id, updated_at) SELECT id, created_at FROM jobs;
