"""CSV files as a table, and which column means what.

``read_table`` splits any CSV into cells, finding the header row below any preamble lines.
A ``ColumnMapping`` says which columns hold the date, description and money; known banks have
one built in (``csv_layouts``), and for any other bank the person chooses, once.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, fields

from dpkeeper.domain.errors import UserError
from dpkeeper.domain.text import QT_TRANSLATE_NOOP
from dpkeeper.importers.statement import (
    Statement,
    StatementRow,
    clean_text,
    is_newest_first,
    no_rows,
    read_amount,
    read_day,
    unreadable,
)

csv.field_size_limit(1024 * 1024)
_DELIMITERS = ",;\t|"
_LOOKS_LIKE_DATE = re.compile(
    r"^\s*'?(\d{1,2}[/.\- ](\d{1,2}|[A-Za-z]{3,9})[/.\- ]'?\d{2,4}|\d{4}-\d{2}-\d{2})"
)
_LOOKS_LIKE_MONEY = re.compile(r"^\s*[-+(]?\s*(£|GBP)?\s*-?[\d,]+(\.\d+)?\)?\s*(CR|DR)?\s*$", re.I)
#: How far down a file a header row may be (below the bank's preamble).
MAX_PREAMBLE = 30


@dataclass(frozen=True, slots=True)
class CsvTable:
    header: tuple[str, ...] | None  # None when the file has no header row (HSBC)
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (line number, cells), blank rows left out
    preamble: tuple[tuple[str, ...], ...] = ()  # rows above the header (account name, balance)
    complete: bool = True  # False when the text stops part-way through a line

    @property
    def width(self) -> int:
        if self.header is not None:
            return len(self.header)
        return max((len(cells) for _, cells in self.rows), default=0)

    def column_names(self) -> list[str]:
        """A name for each column: its header, or "Column 3" where there is none."""
        names = []
        for n in range(self.width):
            title = self.header[n].strip() if self.header and n < len(self.header) else ""
            names.append(title or f"Column {n + 1}")
        return names


def normalise(title: str) -> str:
    """A header cell compared without case, quotes, spaces or a byte-order mark."""
    return " ".join(title.replace("\ufeff", "").strip().strip("'\"").lower().split())


def read_table(text: str, header_finder=None) -> CsvTable:
    """Split CSV text into rows of cells, finding the header below any preamble."""
    rows = _split(text)
    complete = text.endswith(("\n", "\r"))
    if not rows:
        raise no_rows()
    start = header_finder(rows) if header_finder else None
    if start is None:
        start = _find_header(rows)
    if start is None:  # no header: the data starts at the first row that begins with a date
        first = next(
            (n for n, (_, cells) in enumerate(rows[:MAX_PREAMBLE]) if _starts_with_date(cells)), 0
        )
        preamble = tuple(cells for _, cells in rows[:first])
        return CsvTable(None, tuple(rows[first:]), preamble, complete)
    return CsvTable(
        tuple(rows[start][1]),
        tuple(rows[start + 1 :]),
        tuple(cells for _, cells in rows[:start]),
        complete,
    )


def _split(text: str) -> list[tuple[int, tuple[str, ...]]]:
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    rows = []
    line = 1
    try:
        for cells in reader:
            if any(cell.strip() for cell in cells):
                rows.append((line, tuple(cells)))
            line = reader.line_num + 1
    except csv.Error:
        raise unreadable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Line {line} could not be read: it is not laid out like a CSV file. "
                "Nothing was imported. Please download the statement again.",
            ),
            line=line,
        ) from None
    return rows


def _delimiter(text: str) -> str:
    sample = [line for line in text[:20000].splitlines() if line.strip()][:MAX_PREAMBLE]
    best, best_score = ",", 0
    for candidate in _DELIMITERS:
        counts = [line.count(candidate) for line in sample]
        if not counts:
            continue
        common = max(set(counts), key=counts.count)
        score = common * counts.count(common) if common else 0
        if score > best_score:
            best, best_score = candidate, score
    return best


def _starts_with_date(cells: tuple[str, ...]) -> bool:
    return bool(cells) and bool(_LOOKS_LIKE_DATE.match(cells[0]))


def _find_header(rows: list[tuple[int, tuple[str, ...]]]) -> int | None:
    """The row above the data whose cells are words, not dates or amounts."""
    for n, (_, cells) in enumerate(rows[:MAX_PREAMBLE]):
        filled = [cell for cell in cells if cell.strip()]
        if (
            len(filled) < 2
            or _starts_with_date(cells)
            or any(_LOOKS_LIKE_DATE.match(cell) or _LOOKS_LIKE_MONEY.match(cell) for cell in filled)
        ):
            continue
        following = [next_cells for _, next_cells in rows[n + 1 : n + 4]]
        if (
            following
            and all(len(next_cells) >= len(filled) for next_cells in following)
            and any(_LOOKS_LIKE_DATE.match(cell) for row in following for cell in row)
        ):
            return n
    return None


# ---------------------------------------------------------------------------------------------
# Column mappings


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Which column (counting from 0) holds what. Use ``amount`` or ``money_out``/``money_in``."""

    date: int
    description: tuple[int, ...]  # joined with spaces: "Type" and "Description", say
    amount: int | None = None  # one signed column: minus is money out
    money_out: int | None = None
    money_in: int | None = None
    balance: int | None = None
    reference: int | None = None
    bank_id: int | None = None
    amount_out_positive: bool = False  # a single amount column where money out is positive

    def problem(self, width: int) -> str | None:
        """What is missing or wrong, in plain words (untranslated), or None when usable."""
        if self.amount is None and self.money_out is None and self.money_in is None:
            return QT_TRANSLATE_NOOP(
                "Errors", "Please choose the amount column, or the money out and money in columns."
            )
        if not self.description:
            return QT_TRANSLATE_NOOP("Errors", "Please choose the column that says who was paid.")
        used = [self.date, *self.description]
        used += [
            c for c in (self.amount, self.money_out, self.money_in, self.balance) if c is not None
        ]
        if any(c < 0 or c >= width for c in used):
            return QT_TRANSLATE_NOOP("Errors", "One of the chosen columns is not in this file.")
        money = [
            c for c in (self.amount, self.money_out, self.money_in, self.balance) if c is not None
        ]
        if len(set(money)) != len(money) or self.date in money:
            return QT_TRANSLATE_NOOP(
                "Errors", "Each column can only be used once. Please choose different columns."
            )
        return None

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["description"] = list(self.description)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> ColumnMapping:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["description"] = tuple(values.get("description") or ())
        return cls(**values)


def header_signature(table: CsvTable) -> str:
    """What identifies a bank's layout for remembering columns: its header, or its width."""
    if table.header is None:
        return f"no header, {table.width} columns"
    return "|".join(normalise(title) for title in table.header)


_ROLES = {
    "date": ("date", "transaction date", "posting date", "posted", "when", "value date"),
    "description": (
        "description",
        "transaction description",
        "details",
        "narrative",
        "memo",
        "payee",
        "name",
        "merchant",
        "counter party",
        "transaction details",
    ),
    "amount": ("amount", "value", "amount (gbp)", "transaction amount", "amount gbp"),
    "money_out": ("debit", "debit amount", "paid out", "money out", "out", "withdrawals", "spent"),
    "money_in": ("credit", "credit amount", "paid in", "money in", "in", "deposits", "received"),
    "balance": ("balance", "running balance", "balance (gbp)", "left"),
}


def sniff_columns(table: CsvTable) -> dict[str, int]:
    """A best guess at which column is which, from header names then from the cells."""
    found: dict[str, int] = {}
    if table.header is not None:
        titles = [normalise(title) for title in table.header]
        for role, names in _ROLES.items():
            for name in names:
                if name in titles and titles.index(name) not in found.values():
                    found[role] = titles.index(name)
                    break
    sample = [cells for _, cells in table.rows[:20]]
    if "date" not in found:
        for n in range(table.width):
            cells = [row[n] for row in sample if n < len(row) and row[n].strip()]
            if cells and all(_LOOKS_LIKE_DATE.match(cell) for cell in cells):
                found["date"] = n
                break
    if "description" not in found:
        widest = _widest_text_column(table, sample, exclude=set(found.values()))
        if widest is not None:
            found["description"] = widest
    if not {"amount", "money_out", "money_in"} & found.keys():
        for n in range(table.width):
            if n in found.values():
                continue
            cells = [row[n] for row in sample if n < len(row) and row[n].strip()]
            if cells and all(_LOOKS_LIKE_MONEY.match(cell) for cell in cells):
                found["amount"] = n
                break
    return found


def _widest_text_column(table: CsvTable, sample, exclude: set[int]) -> int | None:
    best, best_length = None, 0
    for n in range(table.width):
        if n in exclude:
            continue
        cells = [row[n] for row in sample if n < len(row)]
        if any(
            _LOOKS_LIKE_MONEY.match(cell) or _LOOKS_LIKE_DATE.match(cell) for cell in cells if cell
        ):
            continue
        length = sum(len(cell) for cell in cells)
        if length > best_length:
            best, best_length = n, length
    return best


def guess_mapping(table: CsvTable) -> ColumnMapping | None:
    """A mapping from ``sniff_columns``, or None when the date or money cannot be found."""
    found = sniff_columns(table)
    if "date" not in found or not {"amount", "money_out", "money_in"} & found.keys():
        return None
    description = (found["description"],) if "description" in found else ()
    return ColumnMapping(
        date=found["date"],
        description=description,
        amount=found.get("amount"),
        money_out=found.get("money_out"),
        money_in=found.get("money_in"),
        balance=found.get("balance"),
    )


def parse_with_mapping(
    table: CsvTable, mapping: ColumnMapping, layout: str = "CSV with your chosen columns"
) -> Statement:
    """Read every row of the table with the mapping; the first bad cell stops it all."""
    problem = mapping.problem(table.width)
    if problem is not None:
        raise unreadable(problem)
    rows = list(_rows(table.rows, mapping, table.width, table.complete))
    if not rows:
        raise no_rows()
    return Statement(layout=layout, rows=tuple(rows), newest_first=is_newest_first(rows))


def _rows(
    rows: Iterable[tuple[int, tuple[str, ...]]],
    mapping: ColumnMapping,
    width: int,
    complete: bool = True,
) -> Iterable[StatementRow]:
    needed = max(
        c
        for c in (
            mapping.date,
            *mapping.description,
            mapping.amount,
            mapping.money_out,
            mapping.money_in,
        )
        if c is not None
    )
    rows = list(rows)
    for n, (line, cells) in enumerate(rows):
        cut_short = n == len(rows) - 1 and not complete
        if len(cells) <= needed or cut_short and len(cells) < width:
            if _is_footer(cells) and not cut_short:
                continue
            raise unreadable(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Line {line} looks cut short: it has {found} of the {expected} columns. "
                    "The file may not have downloaded completely. Nothing was imported. "
                    "Please download it again.",
                ),
                line=line,
                found=len(cells),
                expected=max(width, needed + 1),
            )
        if not cells[mapping.date].strip() and _is_footer(cells):
            continue
        try:
            yield _row(line, cells, mapping)
        except UserError:
            raise
        except (ValueError, OverflowError):  # pragma: no cover - read_day/read_amount say why
            raise unreadable(
                QT_TRANSLATE_NOOP("Errors", "Line {line} could not be read. Nothing was imported."),
                line=line,
            ) from None


def _is_footer(cells: tuple[str, ...]) -> bool:
    """A total or note under the rows: no date and no amount to speak of."""
    return not any(_LOOKS_LIKE_DATE.match(cell) for cell in cells)


def _row(line: int, cells: tuple[str, ...], mapping: ColumnMapping) -> StatementRow:
    day = read_day(cells[mapping.date], line)
    if mapping.amount is not None:
        amount = read_amount(cells[mapping.amount], line)
        if amount is not None and mapping.amount_out_positive:
            amount = -amount
    else:
        paid_out = _cell_amount(cells, mapping.money_out, line)
        paid_in = _cell_amount(cells, mapping.money_in, line)
        amount = (
            None
            if paid_out is None and paid_in is None
            else (abs(paid_in or 0) - abs(paid_out or 0))
        )
    if amount is None:
        raise unreadable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Line {line} has no amount of money. Nothing was imported. "
                "Please check the file is the one your bank gave you.",
            ),
            line=line,
        )
    balance = _cell_amount(cells, mapping.balance, line)
    description = clean_text(" ".join(cells[c] for c in mapping.description if c < len(cells)))
    reference = clean_text(cells[mapping.reference]) if _has(cells, mapping.reference) else ""
    bank_id = cells[mapping.bank_id].strip() if _has(cells, mapping.bank_id) else None
    return StatementRow(
        line=line,
        day=day,
        description=description or reference or "Bank",
        amount=amount,
        balance=balance,
        bank_id=bank_id or None,
        reference=reference,
    )


def _has(cells: tuple[str, ...], column: int | None) -> bool:
    return column is not None and column < len(cells)


def _cell_amount(cells: tuple[str, ...], column: int | None, line: int):
    if not _has(cells, column):
        return None
    return read_amount(cells[column], line)
