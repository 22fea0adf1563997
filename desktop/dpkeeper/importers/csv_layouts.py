"""The CSV layouts of UK banks and card providers, as data.

Each layout names the header cells that identify it and which of them hold the date, the
description and the money. Header cells are compared without case, spaces or quote marks.
A layout added here needs a sample file in ``tests/data/bank`` giving the standard transactions.
"""

from __future__ import annotations

from dataclasses import dataclass

from dpkeeper.importers.csv_mapping import ColumnMapping, CsvTable, normalise


@dataclass(frozen=True, slots=True)
class Layout:
    name: str
    header: tuple[str, ...]  # cells that must all be in the header row
    date: str
    description: tuple[str, ...]
    amount: str | None = None
    money_out: str | None = None
    money_in: str | None = None
    balance: str | None = None
    reference: str | None = None
    bank_id: str | None = None

    def mapping(self, titles: list[str]) -> ColumnMapping:
        def at(name: str | None) -> int | None:
            return titles.index(name) if name in titles else None

        return ColumnMapping(
            date=titles.index(self.date),
            description=tuple(titles.index(name) for name in self.description if name in titles),
            amount=at(self.amount),
            money_out=at(self.money_out),
            money_in=at(self.money_in),
            balance=at(self.balance),
            reference=at(self.reference),
            bank_id=at(self.bank_id),
        )


LAYOUTS = (
    Layout(
        "Lloyds, Halifax or Bank of Scotland",
        header=("transaction date", "transaction description", "debit amount", "credit amount"),
        date="transaction date",
        description=("transaction description",),
        money_out="debit amount",
        money_in="credit amount",
        balance="balance",
    ),
    Layout(
        "Barclays",
        header=("number", "date", "account", "amount", "subcategory", "memo"),
        date="date",
        description=("memo",),
        amount="amount",
    ),
    Layout(
        "NatWest or RBS",
        header=("date", "type", "description", "value", "balance", "account name"),
        date="date",
        description=("description",),
        amount="value",
        balance="balance",
    ),
    Layout(
        "Nationwide",
        header=("date", "transaction type", "description", "paid out", "paid in", "balance"),
        date="date",
        description=("description",),
        money_out="paid out",
        money_in="paid in",
        balance="balance",
    ),
    Layout(
        "Santander",
        header=("date", "description", "money in", "money out", "balance"),
        date="date",
        description=("description",),
        money_out="money out",
        money_in="money in",
        balance="balance",
    ),
    Layout(
        "Monzo",
        header=("transaction id", "date", "name", "amount", "currency"),
        date="date",
        description=("name",),
        amount="amount",
        reference="notes and #tags",
        bank_id="transaction id",
    ),
    Layout(
        "Starling",
        header=("date", "counter party", "reference", "amount (gbp)", "balance (gbp)"),
        date="date",
        description=("counter party",),
        amount="amount (gbp)",
        balance="balance (gbp)",
        reference="reference",
    ),
    Layout(
        "HSBC",
        header=("date", "description", "amount"),
        date="date",
        description=("description",),
        amount="amount",
        balance="balance",
    ),
    Layout(
        "Prepaid card",
        header=("date", "merchant", "debit", "credit", "balance"),
        date="date",
        description=("merchant",),
        money_out="debit",
        money_in="credit",
        balance="balance",
    ),
)

#: HSBC's export has no header row: date, description, signed amount.
HSBC_NO_HEADER = ColumnMapping(date=0, description=(1,), amount=2)


def find_header(rows: list[tuple[int, tuple[str, ...]]]) -> int | None:
    """The index of the first row that is a known layout's header, within the preamble limit."""
    for n, (_, cells) in enumerate(rows[:30]):
        titles = {normalise(cell) for cell in cells}
        if any(set(layout.header) <= titles for layout in LAYOUTS):
            return n
    return None


def recognise(table: CsvTable) -> tuple[str, ColumnMapping] | None:
    """The layout's name and mapping for a known bank's table, or None."""
    if table.header is None:
        if table.width == 3:
            return "HSBC", HSBC_NO_HEADER
        return None
    titles = [normalise(cell) for cell in table.header]
    for layout in LAYOUTS:  # the most specific layouts come first
        if set(layout.header) <= set(titles):
            return layout.name, layout.mapping(titles)
    return None
