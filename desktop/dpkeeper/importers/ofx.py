"""OFX statements: version 1.x (SGML, tags often left open) and 2.x (XML).

Both are read the same way, by tag, without an XML parser: each ``<STMTTRN>`` block gives a row,
its ``FITID`` is the bank's own id (so re-imports match exactly), and ``LEDGERBAL`` gives the
balance at the end, which is set on the last row for the balance check.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace

from dpkeeper.domain.text import QT_TRANSLATE_NOOP
from dpkeeper.importers.statement import (
    Statement,
    StatementRow,
    clean_text,
    missing_date_or_amount,
    no_rows,
    read_amount,
    read_day,
    unreadable,
)

_BLOCK = re.compile(r"<STMTTRN>(.*?)(?=</STMTTRN>|<STMTTRN>|</BANKTRANLIST>)", re.S | re.I)
_LEDGER = re.compile(r"<LEDGERBAL>(.*?)(?:</LEDGERBAL>|$)", re.S | re.I)


def looks_like_ofx(text: str) -> bool:
    head = text[:2000].upper()
    return "OFXHEADER" in head or "<OFX>" in head or "<OFX " in head


def _field(block: str, tag: str) -> str | None:
    match = re.search(rf"<{tag}>([^<\r\n]*)", block, re.I)
    return html.unescape(match[1]).strip() if match else None


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _ofx_day(value: str, line: int):
    digits = value[:8]
    return read_day(
        f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}" if digits.isdigit() else value, line
    )


def read_ofx(text: str) -> Statement:
    upper = text.upper()
    if "</OFX>" not in upper:
        raise unreadable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This OFX file stops at line {line} before its end. It may not have downloaded "
                "completely. Nothing was imported. Please download it again.",
            ),
            line=_line(text, len(text)),
        )
    rows = []
    for match in _BLOCK.finditer(text):
        block, line = match[1], _line(text, match.start())
        posted = _field(block, "DTPOSTED")
        amount_text = _field(block, "TRNAMT")
        if not posted or amount_text is None:
            raise missing_date_or_amount(line)
        amount = read_amount(amount_text, line)
        name = _field(block, "NAME") or _field(block, "PAYEE") or ""
        memo = _field(block, "MEMO") or ""
        description = clean_text(name if name else memo) or "Bank"
        reference = clean_text(memo) if name and memo and memo != name else ""
        rows.append(
            StatementRow(
                line=line,
                day=_ofx_day(posted, line),
                description=description,
                amount=amount or 0,
                bank_id=_field(block, "FITID") or None,
                reference=reference,
            )
        )
    if not rows:
        raise no_rows()
    rows.sort(key=lambda row: row.day)  # OFX promises no order; the id keeps twins apart
    closing = None
    ledger = _LEDGER.search(text)
    if ledger:
        amount_text = _field(ledger[1], "BALAMT")
        as_of = _field(ledger[1], "DTASOF")
        line = _line(text, ledger.start())
        if amount_text:
            closing = read_amount(amount_text, line)
            if as_of and _ofx_day(as_of, line) >= rows[-1].day:
                rows[-1] = replace(rows[-1], balance=closing)
    account = _field(text, "ACCTID") or ""
    return Statement(
        layout="OFX",
        rows=tuple(rows),
        newest_first=False,
        account_hint=account,
        closing_balance=closing,
    )
