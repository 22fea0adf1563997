-- The audit trail says which record changed and how: its state before and after, as JSON.
ALTER TABLE audit_log ADD COLUMN record_kind TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN record_id INTEGER;
ALTER TABLE audit_log ADD COLUMN before TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN after TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN undoes INTEGER;      -- the audit entry this one undid
CREATE INDEX audit_by_record ON audit_log (record_kind, record_id);
