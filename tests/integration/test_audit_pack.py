"""The audit pack, pay summary and timesheets: every receipt labelled, pay periods side by side."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pypdfium2 as pdfium
import pytest
from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from dpkeeper.domain.errors import InvalidInput
from dpkeeper.domain.ledger import TransactionInput
from dpkeeper.domain.pay import PayPeriod, Payslip
from dpkeeper.domain.schedule import Frequency
from dpkeeper.domain.staff import PA, PayRate, ShiftType
from dpkeeper.services import money, receipts, staff, statement_files

Q3 = (date(2026, 7, 1), date(2026, 9, 30))


def text_of(data: bytes) -> list[str]:
    document = pdfium.PdfDocument(data)
    return [document[n].get_textpage().get_text_range() for n in range(len(document))]


def invoice_pdf() -> bytes:
    out = io.BytesIO()
    pdf = Canvas(out)
    for page in (1, 2):
        pdf.drawString(100, 700, f"Riverside Arts invoice page {page}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


@pytest.fixture
def spending(session, ids, tmp_path):
    bus = money.record(
        session,
        TransactionInput(date(2026, 7, 8), -450, ids["bank"], "First Bus", ids["transport"]),
    )
    arts = money.record(
        session,
        TransactionInput(
            date(2026, 8, 12), -2500, ids["bank"], "Riverside Arts", ids["activities"]
        ),
    )
    photo = tmp_path / "ticket.jpg"
    Image.new("RGB", (900, 1200), (230, 220, 200)).save(photo)
    invoice = tmp_path / "invoice.pdf"
    invoice.write_bytes(invoice_pdf())
    receipts.add_files(session, [photo], bus)
    receipts.add_files(session, [invoice], arts)
    return bus, arts


def test_the_audit_pack_labels_every_receipt_page_with_its_transaction(session, ids, spending):
    bus, arts = spending
    pages = text_of(statement_files.render(session, "audit-pack", *Q3, "pdf"))
    monitoring = statement_files.render(session, "monitoring", *Q3, "pdf")
    first = len(pdfium.PdfDocument(monitoring))
    receipt_pages = pages[first:]
    assert len(receipt_pages) == 3  # the photo, and both pages of the invoice
    assert f"T{bus}" in receipt_pages[0] and "First Bus" in receipt_pages[0]
    assert f"T{arts}" in receipt_pages[1] and "page 1 of 2" in receipt_pages[1]
    assert "page 2 of 2" in receipt_pages[2]
    assert "Monitoring return" in pages[0]


def add_jane(session) -> PA:
    return staff.save_pa(
        session,
        PA(
            None,
            "Jane Smith",
            date(2026, 1, 5),
            Frequency.FOUR_WEEKLY,
            date(2026, 6, 29),
            1200,
            rates=(PayRate(ShiftType.DAY, date(2026, 1, 5), 1300),),
        ),
    )


def test_the_pay_summary_sets_payslips_beside_the_shifts(session, ids):
    jane = add_jane(session)
    staff.set_day(session, jane.pa_id, date(2026, 7, 1), "9-17 30")  # 7h 30m at £13 = £97.50
    period = PayPeriod(date(2026, 6, 29), date(2026, 7, 26))
    staff.save_payslip(session, Payslip(None, jane.pa_id, period, gross=9500, net=9500))
    rows = list(
        csv.DictReader(io.StringIO(statement_files.render(session, "pay", *Q3, "csv").decode()))
    )
    first = rows[0]
    assert (first["pa"], first["period_start"], first["gross_from_shifts"]) == (
        "Jane Smith",
        "2026-06-29",
        "97.50",
    )
    assert (first["payslip_gross"], first["difference"]) == ("95.00", "-2.50")
    assert rows[1]["payslip_gross"] == ""  # the next period has no payslip yet
    data = json.loads(statement_files.render(session, "pay", *Q3, "json"))
    assert data["periods"][0]["difference"] == "-2.50"
    text = " ".join(text_of(statement_files.render(session, "pay", *Q3, "pdf")))
    assert "Jane Smith" in text and "£97.50" in text and "not entered" in text


def test_timesheets_for_every_pay_period_in_the_time(session, ids):
    jane = add_jane(session)
    staff.set_day(session, jane.pa_id, date(2026, 7, 1), "9-17")
    pages = text_of(statement_files.render(session, "timesheets", *Q3, "pdf"))
    assert len(pages) == 4  # four 4-weekly periods touch July to September
    assert all("Jane Smith" in page for page in pages)
    assert "8h" in pages[0]


def test_timesheets_with_no_pas_say_so(session, ids):
    with pytest.raises(InvalidInput) as raised:
        statement_files.render(session, "timesheets", *Q3, "pdf")
    assert "No PAs" in raised.value.message


def test_the_audit_pack_can_end_with_who_changed_what_in_the_period(session, ids, spending):
    bus, arts = spending
    changed = money.get(session, bus)
    money.change(
        session,
        bus,
        TransactionInput(changed.when, -500, ids["bank"], "First Bus", ids["transport"]),
    )
    outside = money.record(
        session,
        TransactionInput(date(2026, 5, 2), -999, ids["bank"], "Corner Shop", ids["activities"]),
    )
    money.delete(session, outside)

    without = text_of(statement_files.render(session, "audit-pack", *Q3, "pdf"))
    pages = text_of(statement_files.render(session, "audit-pack", *Q3, "pdf", with_history=True))
    assert len(pages) == len(without) + 1
    history = pages[-1]
    assert "Changes made" in history and "1 Jul 2026 to 30 Sep" in history
    assert "amount −£4.50 → −£5.00" in history or "amount -£4.50 → -£5.00" in history
    assert "Riverside Arts" in history and "holder" in history
    # The Corner Shop payment is dated in May, but it was added and deleted today, so today's
    # changes are only listed for a period that includes today.
    assert "Corner Shop" not in history
    today = date.today()
    recent = text_of(
        statement_files.render(
            session, "audit-pack", date(today.year, today.month, 1), today, "pdf", with_history=True
        )
    )[-1]
    assert "Corner Shop" in recent and "deleted" in recent
