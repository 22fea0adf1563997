-- The first schema: facts about the vault and its person, and the audit trail.
CREATE TABLE vault_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE audit_log (
    id       INTEGER PRIMARY KEY,
    at       TEXT NOT NULL,          -- ISO date-time, UTC
    actor    TEXT NOT NULL,          -- the label of the key slot that unlocked the vault
    action   TEXT NOT NULL,          -- e.g. 'vault.created', 'passphrase.changed'
    detail   TEXT NOT NULL DEFAULT ''
) STRICT;
