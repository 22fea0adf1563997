-- Bank statement imports: where each imported row came from, so a file imported twice (or an
-- overlapping one) adds nothing, and the column layouts people chose for unknown bank files.
CREATE TABLE imports (
    id             INTEGER PRIMARY KEY,
    account_id     INTEGER NOT NULL REFERENCES accounts (id),
    file_name      TEXT NOT NULL,
    layout         TEXT NOT NULL,
    file_sha256    TEXT NOT NULL,
    first_date     TEXT,
    last_date      TEXT,
    rows_added     INTEGER NOT NULL,
    rows_already   INTEGER NOT NULL,
    rows_linked    INTEGER NOT NULL,
    imported_at    TEXT NOT NULL
) STRICT;

-- bank_key: the bank's own id for the row, or date|amount|description|n (n counts identical rows
-- in one file, so two £4.50 bus fares on one day are both kept). Deleted rows keep their key, so
-- importing the file again does not bring them back.
ALTER TABLE transactions ADD COLUMN bank_key TEXT;
ALTER TABLE transactions ADD COLUMN bank_text TEXT NOT NULL DEFAULT '';
ALTER TABLE transactions ADD COLUMN import_id INTEGER REFERENCES imports (id);
CREATE UNIQUE INDEX transactions_by_bank_key ON transactions (account_id, bank_key)
    WHERE bank_key IS NOT NULL;

CREATE TABLE column_layouts (
    signature   TEXT PRIMARY KEY,     -- the file's header row, simplified
    mapping     TEXT NOT NULL,        -- JSON: which column holds what
    saved_at    TEXT NOT NULL
) STRICT;
