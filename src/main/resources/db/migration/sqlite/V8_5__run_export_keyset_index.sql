-- Exports page through runs by (begin_time, id) (report/RunExport): one index seek per page instead of a sort of all runs.
CREATE INDEX idx_runs_begin_id ON runs (begin_time, id);
