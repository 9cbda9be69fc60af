-- Issue 19: restores, verifications and the other operations Duplicati reports besides backups.
-- runs keeps backups only (every existing row is a Backup: main_operation = 'Backup'), so the duplistatus-compatible
-- totals, last backups and available_backups keep their meaning; the other operations live beside them.
CREATE TABLE operation_runs (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    job_id              BIGINT  NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    operation           TEXT    NOT NULL,                   -- Duplicati's MainOperation: Restore, RestoreTest, Test...
    source              TEXT    NOT NULL,
    received_at         BIGINT  NOT NULL,
    status              TEXT    NOT NULL,
    parsed_result       TEXT    NOT NULL,
    version             TEXT,
    begin_time          BIGINT  NOT NULL,
    end_time            BIGINT,
    duration_seconds    DOUBLE PRECISION NOT NULL,
    messages_count      BIGINT  NOT NULL DEFAULT 0,
    warnings_count      BIGINT  NOT NULL DEFAULT 0,
    errors_count        BIGINT  NOT NULL DEFAULT 0,
    reduced             BOOLEAN NOT NULL DEFAULT FALSE,     -- Extra["report-mode"] = "reduced": ids and counts only
    figures             TEXT    NOT NULL DEFAULT '{}',      -- the operation's own statistics (RestoredFiles...)
    messages            TEXT    NOT NULL DEFAULT '[]',
    warnings            TEXT    NOT NULL DEFAULT '[]',
    errors              TEXT    NOT NULL DEFAULT '[]',
    extra               TEXT    NOT NULL DEFAULT '{}',
    -- The duplicate rule of /api/upload for operations: machine, job, operation and begin time.
    UNIQUE (job_id, operation, begin_time)
);

-- Each job's newest run of each operation, so that /api/jobs and the dashboard cost O(jobs).
CREATE TABLE job_operations (
    job_id              BIGINT  NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    operation           TEXT    NOT NULL,
    last_run_id         BIGINT  NOT NULL,
    last_begin_time     BIGINT  NOT NULL,
    last_status         TEXT    NOT NULL,
    last_success_time   BIGINT,
    PRIMARY KEY (job_id, operation)
);

-- runs holds backups only: every existing row is a Backup, also those imported or collected without a name.
UPDATE runs SET main_operation = 'Backup' WHERE main_operation <> 'Backup';

-- Backups sent in reduced mode (Duplicati's --reduced-reporting) were stored before; mark them from their Extra.
ALTER TABLE runs ADD COLUMN reduced BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE runs SET reduced = TRUE WHERE extra LIKE '%"report-mode":"reduced"%';

-- Restore and verification expectations: {"Test": "1M", "Restore": "3M"}; an untested period is announced once,
-- then as the reminder frequency allows.
ALTER TABLE job_monitoring ADD COLUMN operation_intervals TEXT NOT NULL DEFAULT '{}';
ALTER TABLE job_monitoring ADD COLUMN untested_alerted_at BIGINT;
ALTER TABLE job_monitoring ADD COLUMN untested_last_alert_at BIGINT;
