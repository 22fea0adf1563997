"""The monitoring return's figures, worked out from the records with no I/O.

Everything is in whole pence. Transfers between the person's own accounts are left out: they
are neither money in nor money out. An account opened during the period brings its opening
balance in as money in, so "opening + in − out = closing" always holds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from dpkeeper.domain.ledger import ReceiptStatus, Transaction
from dpkeeper.domain.money import Pence

NOT_SORTED = "Not sorted yet"
NOT_IN_PLAN = "Not in a budget line"


@dataclass(frozen=True, slots=True)
class StatementLine:
    transaction_id: int
    day: date
    who: str
    note: str
    amount: Pence  # money out negative
    category: str
    account: str
    receipt: ReceiptStatus
    receipts: int
    no_receipt_reason: str

    @property
    def reference(self) -> str:
        """How receipts in the audit pack are labelled: T and the transaction's number."""
        return f"T{self.transaction_id}"

    @property
    def has_receipt(self) -> bool:
        return self.receipts > 0

    @property
    def description(self) -> str:
        return f"{self.who} — {self.note}" if self.note else self.who


@dataclass(frozen=True)
class MonitoringReturn:
    person: str
    funder: str
    reference: str
    start: date
    end: date  # inclusive
    made_on: date
    opening: Pence
    money_in: tuple[tuple[str, Pence], ...]  # (source, amount), amounts positive
    money_out: tuple[tuple[str, Pence], ...]  # (category, amount), amounts positive
    money_out_by_line: tuple[tuple[str, Pence], ...]  # (budget line, amount)
    closing: Pence
    weeks_in_hand: Decimal | None
    owed: tuple[tuple[str, Pence], ...]  # wages, HMRC, pension due but not yet paid
    lines: tuple[StatementLine, ...]  # oldest first

    @property
    def money_in_total(self) -> Pence:
        return sum(amount for _, amount in self.money_in)

    @property
    def money_out_total(self) -> Pence:
        return sum(amount for _, amount in self.money_out)

    @property
    def balances(self) -> bool:
        """The check line: opening + in − out = closing."""
        return self.opening + self.money_in_total - self.money_out_total == self.closing

    @property
    def missing_receipts(self) -> int:
        return sum(1 for line in self.lines if line.receipt is ReceiptStatus.MISSING)


def statement_line(row: Transaction, category: str) -> StatementLine:
    return StatementLine(
        transaction_id=row.transaction_id,
        day=row.when,
        who=row.who,
        note=row.note,
        amount=row.amount,
        category=category,
        account=row.account_name,
        receipt=row.receipt_status,
        receipts=row.receipts,
        no_receipt_reason=row.no_receipt_reason,
    )


def build_monitoring(
    *,
    person: str,
    funder: str,
    reference: str,
    start: date,
    end: date,
    made_on: date,
    opening: Pence,
    closing: Pence,
    new_accounts: Iterable[tuple[str, Pence]],
    rows: Iterable[Transaction],
    category_names: Mapping[int, str],
    line_of_category: Mapping[int, str],
    weeks_in_hand: Decimal | None,
    owed: Iterable[tuple[str, Pence]] = (),
) -> MonitoringReturn:
    """Add up the period's rows (already limited to ``start``..``end``, not deleted)."""
    money_in: dict[str, Pence] = defaultdict(int)
    money_out: dict[str, Pence] = defaultdict(int)
    by_line: dict[str, Pence] = defaultdict(int)
    for name, amount in new_accounts:
        if amount:
            money_in[f"Opening balance of {name}"] += amount
    lines = []
    for row in sorted(rows, key=lambda r: (r.when, r.transaction_id)):
        category = (
            category_names.get(row.category_id, NOT_SORTED) if row.category_id else NOT_SORTED
        )
        if row.is_transfer:
            category = "Transfer between your accounts"
        lines.append(statement_line(row, category))
        if row.is_transfer:
            continue
        if row.amount > 0:
            money_in[category] += row.amount
        elif row.amount < 0:
            money_out[category] += -row.amount
            by_line[line_of_category.get(row.category_id or 0, NOT_IN_PLAN)] += -row.amount
    return MonitoringReturn(
        person=person,
        funder=funder,
        reference=reference,
        start=start,
        end=end,
        made_on=made_on,
        opening=opening,
        money_in=_ordered(money_in),
        money_out=_ordered(money_out),
        money_out_by_line=_ordered(by_line),
        closing=closing,
        weeks_in_hand=weeks_in_hand,
        owed=tuple(owed),
        lines=tuple(lines),
    )


def _ordered(totals: Mapping[str, Pence]) -> tuple[tuple[str, Pence], ...]:
    """Largest first, so the page reads from what matters most."""
    return tuple(sorted(((k, v) for k, v in totals.items() if v), key=lambda kv: (-kv[1], kv[0])))


def money_text(amount: Pence) -> str:
    """Two decimals, no £ and no thousands separator, for CSV and JSON: ``-4.50``."""
    sign = "-" if amount < 0 else ""
    pounds, pence = divmod(abs(amount), 100)
    return f"{sign}{pounds}.{pence:02d}"
