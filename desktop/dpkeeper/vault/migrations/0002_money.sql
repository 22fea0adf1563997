-- Money, the support plan and receipts.
CREATE TABLE accounts (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind            TEXT NOT NULL CHECK (kind IN ('bank', 'prepaid', 'cash')),
    opening_pence   INTEGER NOT NULL,
    opening_date    TEXT NOT NULL,
    created_at      TEXT NOT NULL
) STRICT;

CREATE TABLE categories (
    id          INTEGER PRIMARY KEY,
    key         TEXT UNIQUE,                 -- built-in categories only
    name        TEXT NOT NULL,
    direction   TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    needs_note  INTEGER NOT NULL DEFAULT 0,
    UNIQUE (name, direction)
) STRICT;

CREATE TABLE payees (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL UNIQUE COLLATE NOCASE,
    last_category_id  INTEGER REFERENCES categories (id)
) STRICT;

-- Budget lines keep their identity across plan versions, so spending stays linked to them.
CREATE TABLE budget_lines (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    category_id  INTEGER NOT NULL REFERENCES categories (id)
) STRICT;

CREATE TABLE plans (
    id                         INTEGER PRIMARY KEY,
    effective_from             TEXT NOT NULL UNIQUE,
    funder_name                TEXT NOT NULL,
    reference                  TEXT NOT NULL DEFAULT '',
    start_date                 TEXT NOT NULL,
    review_date                TEXT,
    payment_pence              INTEGER NOT NULL,
    frequency                  TEXT NOT NULL,
    first_payment              TEXT NOT NULL,
    sources                    TEXT NOT NULL,     -- comma-separated FundingSource values
    contribution_weekly_pence  INTEGER NOT NULL DEFAULT 0,
    monitoring                 TEXT NOT NULL,
    surplus_weeks              INTEGER NOT NULL,
    saved_at                   TEXT NOT NULL
) STRICT;

CREATE TABLE plan_lines (
    plan_id           INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    budget_line_id    INTEGER NOT NULL REFERENCES budget_lines (id),
    position          INTEGER NOT NULL,
    frequency         TEXT NOT NULL,
    amount_pence      INTEGER NOT NULL DEFAULT 0,
    minutes_per_week  INTEGER,
    hourly_rate_pence INTEGER,
    PRIMARY KEY (plan_id, budget_line_id)
) STRICT;

CREATE TABLE transactions (
    id                 INTEGER PRIMARY KEY,
    date               TEXT NOT NULL,
    amount_pence       INTEGER NOT NULL,
    account_id         INTEGER NOT NULL REFERENCES accounts (id),
    payee_id           INTEGER REFERENCES payees (id),
    category_id        INTEGER REFERENCES categories (id),
    budget_line_id     INTEGER REFERENCES budget_lines (id),
    method             TEXT NOT NULL DEFAULT '',
    note               TEXT NOT NULL DEFAULT '',
    no_receipt_reason  TEXT NOT NULL DEFAULT '',
    transfer_id        INTEGER,                   -- both halves of a transfer share it
    deleted_at         TEXT,
    created_at         TEXT NOT NULL
) STRICT;
CREATE INDEX transactions_by_date ON transactions (date, id);
CREATE INDEX transactions_by_account ON transactions (account_id, date, id);
CREATE INDEX transactions_by_category ON transactions (category_id, date);
CREATE INDEX transactions_by_payee ON transactions (payee_id);

CREATE TABLE receipts (
    id              INTEGER PRIMARY KEY,
    transaction_id  INTEGER REFERENCES transactions (id),   -- NULL: waiting to be matched
    original_name   TEXT NOT NULL,
    media_type      TEXT NOT NULL,
    display_type    TEXT NOT NULL,
    width           INTEGER NOT NULL,
    height          INTEGER NOT NULL,
    pages           INTEGER NOT NULL DEFAULT 1,
    size_bytes      INTEGER NOT NULL,
    note            TEXT NOT NULL DEFAULT '',
    added_at        TEXT NOT NULL,
    deleted_at      TEXT
) STRICT;
CREATE INDEX receipts_by_transaction ON receipts (transaction_id);

-- The pictures themselves, apart from the list so that listing receipts stays quick.
CREATE TABLE receipt_files (
    receipt_id  INTEGER NOT NULL REFERENCES receipts (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('display', 'thumbnail', 'original')),
    data        BLOB NOT NULL,
    PRIMARY KEY (receipt_id, kind)
) STRICT;
