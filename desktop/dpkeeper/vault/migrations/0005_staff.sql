-- Personal assistants (PAs): their pay rates, shifts (with a history of every change),
-- absences, dated checks, payslips and the payments that paid them.
CREATE TABLE pas (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL UNIQUE COLLATE NOCASE,
    start_date          TEXT NOT NULL,
    end_date            TEXT,
    contracted_minutes  INTEGER,              -- a week; NULL for irregular hours
    frequency           TEXT NOT NULL,
    first_pay_day       TEXT NOT NULL,
    payroll             TEXT NOT NULL DEFAULT '',
    birth_date          TEXT,
    holiday_mode        TEXT NOT NULL,
    created_at          TEXT NOT NULL
) STRICT;

CREATE TABLE pa_rates (
    id              INTEGER PRIMARY KEY,
    pa_id           INTEGER NOT NULL REFERENCES pas (id),
    shift_type      TEXT NOT NULL,
    effective_from  TEXT NOT NULL,
    pence           INTEGER NOT NULL CHECK (pence > 0),
    UNIQUE (pa_id, shift_type, effective_from)
) STRICT;

CREATE TABLE shifts (
    id              INTEGER PRIMARY KEY,
    pa_id           INTEGER NOT NULL REFERENCES pas (id),
    date            TEXT NOT NULL,
    start_time      TEXT NOT NULL,
    end_time        TEXT NOT NULL,
    break_minutes   INTEGER NOT NULL DEFAULT 0,
    shift_type      TEXT NOT NULL,
    awake_minutes   INTEGER NOT NULL DEFAULT 0,
    note            TEXT NOT NULL DEFAULT '',
    deleted_at      TEXT,
    created_at      TEXT NOT NULL
) STRICT;
CREATE INDEX shifts_by_pa ON shifts (pa_id, date);
CREATE INDEX shifts_by_date ON shifts (date);

CREATE TABLE shift_history (
    id          INTEGER PRIMARY KEY,
    shift_id    INTEGER NOT NULL REFERENCES shifts (id),
    changed_at  TEXT NOT NULL,
    actor       TEXT NOT NULL,
    change      TEXT NOT NULL,        -- added, changed, deleted
    detail      TEXT NOT NULL         -- the shift as it was after the change, in words
) STRICT;
CREATE INDEX shift_history_by_shift ON shift_history (shift_id);

CREATE TABLE absences (
    id          INTEGER PRIMARY KEY,
    pa_id       INTEGER NOT NULL REFERENCES pas (id),
    date        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    minutes     INTEGER NOT NULL CHECK (minutes > 0),
    note        TEXT NOT NULL DEFAULT '',
    deleted_at  TEXT,
    created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX absences_by_pa ON absences (pa_id, date);

CREATE TABLE staff_checks (
    id          INTEGER PRIMARY KEY,
    pa_id       INTEGER REFERENCES pas (id),   -- NULL: the employer's own (insurance)
    kind        TEXT NOT NULL,
    done_on     TEXT,
    due_on      TEXT,
    note        TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX staff_checks_one_each ON staff_checks (coalesce(pa_id, 0), kind);

CREATE TABLE payslips (
    id                  INTEGER PRIMARY KEY,
    pa_id               INTEGER NOT NULL REFERENCES pas (id),
    period_start        TEXT NOT NULL,
    period_end          TEXT NOT NULL,
    gross               INTEGER NOT NULL,
    tax                 INTEGER NOT NULL DEFAULT 0,
    employee_ni         INTEGER NOT NULL DEFAULT 0,
    employer_ni         INTEGER NOT NULL DEFAULT 0,
    employee_pension    INTEGER NOT NULL DEFAULT 0,
    employer_pension    INTEGER NOT NULL DEFAULT 0,
    net                 INTEGER NOT NULL DEFAULT 0,
    holiday_pay         INTEGER NOT NULL DEFAULT 0,
    updated_at          TEXT NOT NULL,
    UNIQUE (pa_id, period_start)
) STRICT;

CREATE TABLE payslip_payments (
    payslip_id      INTEGER NOT NULL REFERENCES payslips (id),
    transaction_id  INTEGER NOT NULL REFERENCES transactions (id),
    role            TEXT NOT NULL,    -- net, hmrc, pension
    PRIMARY KEY (payslip_id, transaction_id)
) STRICT;
