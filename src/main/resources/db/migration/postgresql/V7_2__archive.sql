-- An archived server or job is hidden from dashboard lists and overdue checks; its history is kept.
-- NULL = active; otherwise when it was archived (epoch ms).
ALTER TABLE servers ADD COLUMN archived_at BIGINT;
ALTER TABLE jobs ADD COLUMN archived_at BIGINT;
