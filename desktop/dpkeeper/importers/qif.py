"""QIF statements: one field per line, each payment ending with ``^``.

``D`` is the date (UK banks write it day first), ``T`` or ``U`` the amount, ``P`` the payee,
``M`` a memo and ``N`` a cheque or reference number.
"""

from __future__ import annotations

from dpkeeper.domain.text import QT_TRANSLATE_NOOP
from dpkeeper.importers.statement import (
    Statement,
    StatementRow,
    clean_text,
    is_newest_first,
    missing_date_or_amount,
    no_rows,
    read_amount,
    read_day,
    unreadable,
)


def looks_like_qif(text: str) -> bool:
    first = text.lstrip()[:40].upper()
    return first.startswith("!TYPE:") or first.startswith("!ACCOUNT") or first.startswith("!OPTION")


def read_qif(text: str) -> Statement:
    rows: list[StatementRow] = []
    fields: dict[str, str] = {}
    start = 0
    lines = text.splitlines()
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line or line.startswith("!"):
            continue
        if line.startswith("^"):
            if fields:
                rows.append(_row(fields, start))
            fields = {}
            continue
        if not fields:
            start = number
        code, value = line[0].upper(), line[1:].strip()
        fields.setdefault(code, value)
    if fields:
        if text.endswith(("\n", "\r")) and "D" in fields and ("T" in fields or "U" in fields):
            rows.append(_row(fields, start))  # a last payment without its closing ^
        else:
            raise unreadable(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This QIF file stops at line {line}, part-way through a payment. It may not "
                    "have downloaded completely. Nothing was imported. Please download it again.",
                ),
                line=len(lines),
            )
    if not rows:
        raise no_rows()
    return Statement(layout="QIF", rows=tuple(rows), newest_first=is_newest_first(rows))


def _row(fields: dict[str, str], line: int) -> StatementRow:
    if "D" not in fields or not ("T" in fields or "U" in fields):
        raise missing_date_or_amount(line)
    amount = read_amount(fields.get("T", fields.get("U", "")), line)
    payee = clean_text(fields.get("P", ""))
    memo = clean_text(fields.get("M", ""))
    return StatementRow(
        line=line,
        day=read_day(fields["D"], line),
        description=payee or memo or "Bank",
        amount=amount or 0,
        reference=memo if payee and memo != payee else clean_text(fields.get("N", "")),
    )
