"""Importing a bank statement file: read it, show what would change, then save it all or nothing.

``preview`` reads the file and compares each row with the vault: new, already imported, or
looking like a payment typed in by hand (same amount, within a few days), which the person can
link instead of doubling. ``commit`` saves the person's choices in one transaction.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import Enum

from dpkeeper.domain.access import Action
from dpkeeper.domain.bank_text import payee_name, row_keys
from dpkeeper.domain.categories import Direction
from dpkeeper.domain.errors import InvalidInput
from dpkeeper.domain.ledger import Account
from dpkeeper.domain.money import Pence
from dpkeeper.domain.text import QT_TRANSLATE_NOOP
from dpkeeper.importers.csv_mapping import (
    ColumnMapping,
    CsvTable,
    guess_mapping,
    header_signature,
    parse_with_mapping,
)
from dpkeeper.importers.detect import MAX_BYTES, read_statement
from dpkeeper.importers.statement import (
    Statement,
    StatementRow,
    StatementUnreadable,
    UnknownLayout,
)
from dpkeeper.records import audit
from dpkeeper.records import categories as category_records
from dpkeeper.records import imports as records
from dpkeeper.records.db import transaction
from dpkeeper.records.imports import NewRow, TypedEntry
from dpkeeper.services import access, backups, money
from dpkeeper.services.progress import Progress
from dpkeeper.services.session import Session

__all__ = [
    "MAX_BYTES",
    "ColumnMapping",
    "CsvTable",
    "StatementUnreadable",
    "UnknownLayout",
    "commit",
    "guess_mapping",
    "header_signature",
    "preview",
    "try_columns",
]

#: A statement row and a hand-typed payment this many days apart may be the same payment.
LINK_DAYS = 3
IMPORT = "Import"

# First guesses for a new vault, before any choices have been learned: (word, direction, key).
_FIRST_GUESSES = (
    ("COUNCIL", Direction.IN, "council_payment"),
    ("NHS", Direction.IN, "nhs_payment"),
    ("ICB", Direction.IN, "nhs_payment"),
    ("INTEREST", Direction.IN, "interest"),
    ("HMRC", Direction.OUT, "hmrc"),
    ("PAYROLL", Direction.OUT, "payroll"),
    ("PENSION", Direction.OUT, "pension"),
    ("NEST", Direction.OUT, "pension"),
    ("INSURANCE", Direction.OUT, "insurance"),
    ("DBS", Direction.OUT, "dbs"),
)


class RowStatus(Enum):
    NEW = QT_TRANSLATE_NOOP("Import", "New")
    ALREADY = QT_TRANSLATE_NOOP("Import", "Already in your records")
    LOOKS_LIKE = QT_TRANSLATE_NOOP("Import", "Looks like one you typed in")
    TOO_EARLY = QT_TRANSLATE_NOOP("Import", "Before the account's start date")
    CLOSED = QT_TRANSLATE_NOOP("Import", "In a closed period")

    @property
    def label(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class PreviewRow:
    row: StatementRow
    key: str
    status: RowStatus
    who: str
    category_id: int | None
    match: TypedEntry | None = None  # for LOOKS_LIKE: the hand-typed payment


@dataclass(frozen=True, slots=True)
class BalanceJump:
    """The bank's own running balance does not add up at this row."""

    line: int
    day: date
    before: Pence
    amount: Pence
    after: Pence


@dataclass(frozen=True)
class Preview:
    account: Account
    file_name: str
    layout: str
    digest: str
    rows: tuple[PreviewRow, ...]  # oldest first
    jumps: tuple[BalanceJump, ...] = ()
    bank_balance: Pence | None = None  # the bank's balance at the end of balance_day
    balance_day: date | None = None
    records_before: Pence | None = None  # the vault's balance at the end of balance_day, now
    mapping: ColumnMapping | None = None
    signature: str | None = None

    def count(self, status: RowStatus) -> int:
        return sum(1 for row in self.rows if row.status is status)

    def looks_like(self) -> list[int]:
        return [n for n, row in enumerate(self.rows) if row.status is RowStatus.LOOKS_LIKE]

    def records_after(self, linked: Collection[int]) -> Pence | None:
        """The vault's balance at ``balance_day`` once imported with these rows linked."""
        if self.records_before is None or self.balance_day is None:
            return None
        added = sum(
            preview.row.amount
            for n, preview in enumerate(self.rows)
            if preview.row.day <= self.balance_day
            and (
                preview.status is RowStatus.NEW
                or (preview.status is RowStatus.LOOKS_LIKE and n not in linked)
            )
        )
        return self.records_before + added


@dataclass(frozen=True, slots=True)
class Reconciliation:
    day: date
    bank: Pence
    records: Pence

    @property
    def matches(self) -> bool:
        return self.bank == self.records


@dataclass(frozen=True, slots=True)
class ImportResult:
    added: int
    already: int
    linked: int
    not_imported: int  # before the account's start, or in a closed period
    reconciliation: Reconciliation | None = None
    import_id: int | None = None


# ---------------------------------------------------------------------------------------------
# Reading and previewing


def read_file(session: Session, data: bytes, mapping: ColumnMapping | None = None) -> Statement:
    """Read a statement; an unknown CSV uses the columns chosen last time for that bank."""
    try:
        return read_statement(data, mapping=mapping)
    except UnknownLayout as unknown:
        saved = records.saved_layout(session.connection, header_signature(unknown.table))
        if saved is None:
            raise
        return read_statement(data, mapping=ColumnMapping.from_dict(json.loads(saved)))


def saved_mapping(session: Session, unknown: UnknownLayout) -> ColumnMapping | None:
    saved = records.saved_layout(session.connection, header_signature(unknown.table))
    return ColumnMapping.from_dict(json.loads(saved)) if saved else None


def try_columns(table: CsvTable, mapping: ColumnMapping, rows: int = 5) -> list[StatementRow]:
    """The first few rows read with the chosen columns, for a live preview (nothing saved)."""
    first = CsvTable(table.header, table.rows[:rows], table.preamble)
    return list(parse_with_mapping(first, mapping).rows)


def preview(
    session: Session,
    data: bytes,
    account_id: int,
    file_name: str = "",
    mapping: ColumnMapping | None = None,
    table_signature: str | None = None,
) -> Preview:
    """Read the file and compare every row with the account's records. Nothing is saved."""
    account = _account(session, account_id)
    statement = read_file(session, data, mapping)
    rows = statement.oldest_first()
    conn = session.connection
    keys = row_keys((r.day, r.amount, r.description, r.bank_id) for r in rows)
    known = records.existing_keys(conn, account_id, keys)
    closed = money.closed_through(session)
    guesses = _CategoryGuesser(session)
    typed = _typed_entries(session, account_id, rows)
    claimed: set[int] = set()
    previews = []
    for row, key in zip(rows, keys, strict=True):
        who = payee_name(row.description)
        category = guesses.guess(who, row.description, row.amount)
        if key in known:  # includes a bank id repeated within the file
            status, match = RowStatus.ALREADY, None
        elif row.day < account.opening_date:
            status, match = RowStatus.TOO_EARLY, None
        elif closed is not None and row.day <= closed:
            status, match = RowStatus.CLOSED, None
        else:
            match = _closest(typed, row, claimed)
            status = RowStatus.NEW if match is None else RowStatus.LOOKS_LIKE
            if match is not None:
                claimed.add(match.transaction_id)
        known.add(key)
        previews.append(PreviewRow(row, key, status, who, category, match))
    bank_balance, balance_day, records_before = _balances(session, account_id, rows)
    return Preview(
        account=account,
        file_name=file_name,
        layout=statement.layout,
        digest=hashlib.sha256(data).hexdigest(),
        rows=tuple(previews),
        jumps=tuple(_jumps(rows)),
        bank_balance=bank_balance,
        balance_day=balance_day,
        records_before=records_before,
        mapping=mapping,
        signature=table_signature,
    )


def _account(session: Session, account_id: int) -> Account:
    for account in money.accounts(session):
        if account.account_id == account_id:
            return account
    raise InvalidInput(
        QT_TRANSLATE_NOOP("Errors", "Please choose which account this statement is for.")
    )


def _typed_entries(
    session: Session, account_id: int, rows: tuple[StatementRow, ...]
) -> dict[tuple[Pence], list[TypedEntry]]:
    if not rows:
        return {}
    first = min(r.day for r in rows) - timedelta(days=LINK_DAYS)
    last = max(r.day for r in rows) + timedelta(days=LINK_DAYS)
    by_amount: dict[Pence, list[TypedEntry]] = {}
    for entry in records.typed_entries(session.connection, account_id, first, last):
        by_amount.setdefault(entry.amount, []).append(entry)
    return by_amount


def _closest(
    typed: dict[Pence, list[TypedEntry]], row: StatementRow, claimed: set[int]
) -> TypedEntry | None:
    """The unclaimed hand-typed payment of the same amount nearest in date, within LINK_DAYS."""
    best = None
    for entry in typed.get(row.amount, ()):
        gap = abs((entry.when - row.day).days)
        if entry.transaction_id in claimed or gap > LINK_DAYS:
            continue
        if best is None or gap < abs((best.when - row.day).days):
            best = entry
    return best


def _jumps(rows: tuple[StatementRow, ...]) -> list[BalanceJump]:
    jumps = []
    for before, row in zip(rows, rows[1:], strict=False):
        if before.balance is None or row.balance is None:
            continue
        if before.balance + row.amount != row.balance:
            jumps.append(BalanceJump(row.line, row.day, before.balance, row.amount, row.balance))
    return jumps


def _balances(
    session: Session, account_id: int, rows: tuple[StatementRow, ...]
) -> tuple[Pence | None, date | None, Pence | None]:
    with_balance = [r for r in rows if r.balance is not None]
    if not with_balance:
        return None, None, None
    last = with_balance[-1]
    # The bank's balance at the end of that day is the one after its last row of the day.
    same_day = [r for r in rows if r.day == last.day]
    if same_day[-1].balance is not None:
        last = same_day[-1]
    before = records.balance_at_end_of(session.connection, account_id, last.day)
    return last.balance, last.day, before


class _CategoryGuesser:
    """Suggests a category from the person's earlier choices, then from a few plain words."""

    def __init__(self, session: Session) -> None:
        conn = session.connection
        self._directions = {c.category_id: c.direction for c in money.categories(session)}
        self._needs_note = {c.category_id for c in money.categories(session) if c.needs_note}
        self._by_key = {c.key: c.category_id for c in money.categories(session) if c.key}
        known = records.known_payees(conn)
        self._exact = {name.casefold(): category for name, category in known}
        self._within = sorted(
            ((name.casefold(), category) for name, category in known if len(name) >= 4),
            key=lambda pair: -len(pair[0]),
        )
        self._cache: dict[tuple[str, str, Direction], int | None] = {}

    def guess(self, who: str, description: str, amount: Pence) -> int | None:
        direction = Direction.IN if amount > 0 else Direction.OUT
        cache_key = (who, description, direction)
        if cache_key not in self._cache:
            self._cache[cache_key] = self._guess(who, description, direction)
        return self._cache[cache_key]

    def _fits(self, category: int | None, direction: Direction) -> bool:
        return (
            category is not None
            and self._directions.get(category) is direction
            and category not in self._needs_note
        )

    def _guess(self, who: str, description: str, direction: Direction) -> int | None:
        exact = self._exact.get(who.casefold())
        if self._fits(exact, direction):
            return exact
        text = description.casefold()
        for name, category in self._within:
            if name in text and self._fits(category, direction):
                return category
        upper = description.upper()
        for word, way, key in _FIRST_GUESSES:
            if way is direction and word in upper.split() and key in self._by_key:
                return self._by_key[key]
        return None


# ---------------------------------------------------------------------------------------------
# Saving


def commit(
    session: Session,
    preview: Preview,
    link: Collection[int] | None = None,
    categories: Mapping[int, int | None] | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Save the new rows and links, all or nothing.

    ``link`` holds the indexes of LOOKS_LIKE rows to link to the hand-typed payment (by default
    all of them); the others are added as new rows. ``categories`` overrides suggestions by index.
    """
    access.require(session, Action.IMPORT)
    backups.back_up_before(session, backups.BackupKind.BEFORE_IMPORT)
    progress = progress or Progress()
    chosen_links = set(preview.looks_like() if link is None else link)
    chosen = dict(categories or {})
    conn = session.connection
    _account(session, preview.account.account_id)
    account_id = preview.account.account_id
    with transaction(conn):
        known = records.existing_keys(conn, account_id, [p.key for p in preview.rows])
        new_rows: list[NewRow] = []
        links: list[tuple[int, PreviewRow]] = []
        already = skipped = 0
        total = len(preview.rows)
        for n, row in enumerate(preview.rows, start=1):
            progress.step(n, total)
            if row.key in known or row.status is RowStatus.ALREADY:
                already += 1
            elif row.status in (RowStatus.TOO_EARLY, RowStatus.CLOSED):
                skipped += 1
            elif row.status is RowStatus.LOOKS_LIKE and n - 1 in chosen_links:
                links.append((row.match.transaction_id, row))
            else:
                category = chosen.get(n - 1, row.category_id)
                new_rows.append(_new_row(session, row, category))
        if not new_rows and not links:
            return ImportResult(0, already, 0, skipped, _reconcile(session, preview))
        days = (preview.rows[0].row.day, preview.rows[-1].row.day)
        import_id = records.add_import(
            conn,
            account_id,
            preview.file_name,
            preview.layout,
            preview.digest,
            days,
            (len(new_rows), already, len(links)),
        )
        added = records.insert_rows(conn, account_id, import_id, new_rows)
        records.link_many(
            conn, [(tid, row.key, row.row.description) for tid, row in links], import_id
        )
        if preview.mapping is not None and preview.signature:
            records.save_layout(conn, preview.signature, json.dumps(preview.mapping.to_dict()))
        audit.record(
            conn,
            session.actor,
            "import.added",
            f"{import_id} {preview.file_name} {preview.layout}: added {added}, "
            f"already {already}, linked {len(links)}, not imported {skipped}",
        )
        reconciliation = _reconcile(session, preview)
    return ImportResult(added, already, len(links), skipped, reconciliation, import_id)


def _new_row(session: Session, row: PreviewRow, category_id: int | None) -> NewRow:
    statement_row = row.row
    note = statement_row.reference.strip()
    if category_id is not None:
        category = category_records.by_id(session.connection, category_id)
        direction = Direction.IN if statement_row.amount > 0 else Direction.OUT
        if category is None or category.direction is not direction:
            category_id = None
        elif category.needs_note and not note:
            note = statement_row.description
    return NewRow(
        when=statement_row.day,
        amount=statement_row.amount,
        who=row.who,
        category_id=category_id,
        note=note[: money.MAX_TEXT],
        bank_key=row.key,
        bank_text=statement_row.description[: money.MAX_TEXT],
    )


def _reconcile(session: Session, preview: Preview) -> Reconciliation | None:
    if preview.bank_balance is None or preview.balance_day is None:
        return None
    records_balance = records.balance_at_end_of(
        session.connection, preview.account.account_id, preview.balance_day
    )
    return Reconciliation(preview.balance_day, preview.bank_balance, records_balance)


def with_categories(preview: Preview, chosen: Mapping[int, int | None]) -> Preview:
    """The preview with some rows' categories changed (for showing the person's choices)."""
    rows = list(preview.rows)
    for index, category in chosen.items():
        rows[index] = replace(rows[index], category_id=category)
    return replace(preview, rows=tuple(rows))
