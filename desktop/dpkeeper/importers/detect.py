"""Reading any statement file: work out what it is from its contents, then read it.

OFX and QIF are recognised by how they start; anything else is read as CSV, using a known
bank's layout, the columns the person chose (``mapping``), or asking for them (UnknownLayout).
"""

from __future__ import annotations

from dataclasses import replace

from dpkeeper.importers import csv_layouts
from dpkeeper.importers.csv_mapping import (
    ColumnMapping,
    CsvTable,
    parse_with_mapping,
    read_table,
)
from dpkeeper.importers.decode import MAX_BYTES, decode
from dpkeeper.importers.ofx import looks_like_ofx, read_ofx
from dpkeeper.importers.qif import looks_like_qif, read_qif
from dpkeeper.importers.statement import Statement, UnknownLayout

__all__ = ["MAX_BYTES", "read_statement"]


def read_statement(
    data: bytes, *, filename: str = "", mapping: ColumnMapping | None = None
) -> Statement:
    """The statement in ``data``; raises StatementUnreadable or UnknownLayout (both UserError)."""
    text = decode(data)
    if looks_like_ofx(text):
        return read_ofx(text)
    if looks_like_qif(text):
        return read_qif(text)
    table = read_table(text, csv_layouts.find_header)
    if mapping is not None:
        return parse_with_mapping(table, mapping)
    known = csv_layouts.recognise(table)
    if known is None:
        raise UnknownLayout(table)
    name, found = known
    statement = parse_with_mapping(table, found, layout=name)
    return _with_account(statement, table)


def _with_account(statement: Statement, table: CsvTable) -> Statement:
    """Nationwide and others write the account name above the header."""
    for cells in table.preamble:
        if len(cells) >= 2 and "account" in cells[0].lower():
            return replace(statement, account_hint=cells[1].strip())
    return statement
