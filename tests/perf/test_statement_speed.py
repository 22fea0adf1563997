"""A monitoring return with 10,000 transactions renders nearly as fast as bare reportlab.

Run with `make perf`. The rule from the issue: no more than about twice the time reportlab
needs to draw the same rows' strings on a bare canvas, with the same fonts, page size, rows a
page and compression.
"""

from __future__ import annotations

import io
import math
import random
import time
from datetime import date, timedelta
from decimal import Decimal

import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from dpkeeper.domain.dates import format_day
from dpkeeper.domain.ledger import ReceiptStatus
from dpkeeper.domain.money import format_pence
from dpkeeper.domain.statement import MonitoringReturn, StatementLine
from dpkeeper.reports import fonts
from dpkeeper.reports import monitoring as report
from dpkeeper.services.progress import Progress
from dpkeeper.services.statements import receipt_words

pytestmark = pytest.mark.perf

ROWS = 10_000
RUNS = 3
LIMIT_RATIO = 2.5
PAYEES = [
    ("Leeds City Council", "Council payment", ""),
    ("Sarah Jones (PA)", "PA wages", "Wages for the four weeks to the end of the month"),
    ("HMRC", "HMRC (tax and NI)", "PAYE for the quarter"),
    ("First Bus", "Transport", ""),
    ("Riverside Arts Centre", "Community activities", "Pottery class"),
    ("Zoë Łukasz", "Community activities", "Swimming with a friend"),
    ("Tesco", "Household", ""),
    ("Kirkstall Leisure", "Community activities", "Gym"),
]


def big_return() -> MonitoringReturn:
    chosen = random.Random(11)
    first = date(2016, 4, 1)
    lines = []
    for number in range(ROWS):
        who, category, note = PAYEES[number % len(PAYEES)]
        pence = chosen.randint(150, 90_000)
        money_in = category == "Council payment"
        status = (
            ReceiptStatus.NOT_NEEDED
            if money_in
            else (ReceiptStatus.ATTACHED, ReceiptStatus.MISSING, ReceiptStatus.EXPLAINED)[
                number % 3
            ]
        )
        lines.append(
            StatementLine(
                transaction_id=10_000 + number,
                day=first + timedelta(days=number * 3650 // ROWS),
                who=who,
                note=note,
                amount=pence if money_in else -pence,
                category=category,
                account="Direct payment account" if number % 10 else "Petty cash",
                receipt=status,
                receipts=1 if status is ReceiptStatus.ATTACHED else 0,
                no_receipt_reason="bus fare" if status is ReceiptStatus.EXPLAINED else "",
            )
        )
    money_in = sum(line.amount for line in lines if line.amount > 0)
    money_out = -sum(line.amount for line in lines if line.amount < 0)
    return MonitoringReturn(
        person="Zoë Łukasz",
        funder="Leeds City Council",
        reference="DP-123",
        start=first,
        end=date(2026, 3, 31),
        made_on=date(2026, 4, 2),
        opening=150_000,
        money_in=(("Council payment", money_in),),
        money_out=(("Everything", money_out),),
        money_out_by_line=(("Everything", money_out),),
        closing=150_000 + money_in - money_out,
        weeks_in_hand=Decimal("3.2"),
        owed=(),
        lines=tuple(lines),
    )


def cell_strings(ret: MonitoringReturn) -> list[tuple[str, ...]]:
    return [
        (
            format_day(line.day),
            line.reference,
            line.description,
            line.category,
            line.account,
            format_pence(line.amount) if line.amount > 0 else "",
            format_pence(-line.amount) if line.amount < 0 else "",
            receipt_words(line.receipt, line.no_receipt_reason),
        )
        for line in ret.lines
    ]


def bare_canvas(cells: list[tuple[str, ...]], rows_a_page: int, font: str) -> bytes:
    """What reportlab needs at least: every cell string drawn once, nothing measured or wrapped."""
    buffer = io.BytesIO()
    pdf = Canvas(buffer, pagesize=landscape(A4), pageCompression=1, invariant=1)
    xs = (40, 95, 135, 345, 460, 575, 630, 690)
    for start in range(0, len(cells), rows_a_page):
        pdf.setFont(font, report.ROW_SIZE)
        y = 520.0
        for row in cells[start : start + rows_a_page]:
            for x, words in zip(xs, row, strict=True):
                pdf.drawString(x, y, words)
            y -= 17
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def best_of(action) -> tuple[float, object]:
    """The fastest of a few runs, so a busy moment on the machine does not decide."""
    timings, result = [], None
    for _ in range(RUNS):
        started = time.perf_counter()
        result = action()
        timings.append(time.perf_counter() - started)
    return min(timings), result


def test_ten_thousand_rows_take_at_most_about_twice_a_bare_canvas():
    regular, _ = fonts.register()
    ret = big_return()
    made, data = best_of(lambda: report.monitoring_pdf(ret, Progress()))

    pages = report.lay_out(ret, report.Type(*fonts.register()))
    list_pages = [page for page in pages if page.size == report.WIDE]
    rows_a_page = math.ceil(ROWS / len(list_pages))
    cells = cell_strings(ret)
    bare, _ = best_of(lambda: bare_canvas(cells, rows_a_page, regular))

    ratio = made / bare
    print(
        f"\n{ROWS} rows on {len(pages)} pages ({rows_a_page} rows a page): "
        f"monitoring_pdf {made:.3f} s, bare canvas {bare:.3f} s, ratio {ratio:.2f}"
        f" (fastest of {RUNS})"
    )
    assert len(pdfium.PdfDocument(data)) == len(pages)
    steps: list[int] = []
    report.monitoring_pdf(ret, Progress(report=lambda done, total: steps.append(done)))
    assert steps[-1] == ROWS
    assert ratio <= LIMIT_RATIO, (made, bare)
