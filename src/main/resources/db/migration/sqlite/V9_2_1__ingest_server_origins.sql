-- Which source address created which server through /api/upload: the cap on new machine-ids per address and hour
-- (dupliwatch.ingest.new-servers-per-address-per-hour) counts these rows, so it holds across instances sharing a
-- database. Rows older than the hour are deleted as new ones arrive.
CREATE TABLE ingest_server_origins (
    server_id       TEXT    NOT NULL PRIMARY KEY,
    address         TEXT    NOT NULL,
    created_at      BIGINT  NOT NULL
);
CREATE INDEX idx_ingest_server_origins_address ON ingest_server_origins (address, created_at);
CREATE INDEX idx_ingest_server_origins_created ON ingest_server_origins (created_at);
