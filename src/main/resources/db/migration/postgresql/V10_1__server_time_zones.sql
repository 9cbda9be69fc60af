-- Each server's time zone (an IANA id) in which its jobs' weekdays, times of day and windows are read; NULL means
-- the global monitoring zone. time_zone_source says who set it: 'duplicati' (systeminfo ServerTimeZone, replaced at
-- each collection) or 'user' (never replaced automatically).
ALTER TABLE servers ADD COLUMN time_zone TEXT;
ALTER TABLE servers ADD COLUMN time_zone_source TEXT;
