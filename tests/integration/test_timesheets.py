"""Timesheets: one PA's shifts for a pay period as a printable PDF, with totals and signatures."""

from __future__ import annotations

from datetime import date, time, timedelta

import pypdfium2 as pdfium

from dpkeeper.domain.pay import PayPeriod
from dpkeeper.domain.schedule import Frequency
from dpkeeper.domain.staff import PA, PayRate, Shift, ShiftType
from dpkeeper.reports.timesheet import TimesheetData, timesheet_pdf
from dpkeeper.services import staff, timesheets
from tests.conftest import PERSON

JUNE_PERIOD = PayPeriod(date(2026, 5, 25), date(2026, 6, 21))  # Jane is paid every 4 weeks
LONG_NOTE = (
    "Took Anna to the dentist in town, waited with her, then collected her new prescription "
    "from the pharmacy on the way home"
)


def _jane(session) -> PA:
    return staff.save_pa(
        session,
        PA(
            None,
            "Jane Smith",
            date(2025, 4, 1),
            Frequency.FOUR_WEEKLY,
            date(2026, 3, 30),
            contracted_minutes=20 * 60,
            rates=(
                PayRate(ShiftType.DAY, date(2025, 4, 1), 1300),
                PayRate(ShiftType.NIGHT, date(2025, 4, 1), 1400),
                PayRate(ShiftType.SLEEP_IN, date(2025, 4, 1), 6000),
            ),
        ),
    )


def _shift(pa: PA, day: date, start: str, end: str, **more) -> Shift:
    return Shift(None, pa.pa_id, day, time.fromisoformat(start), time.fromisoformat(end), **more)


def _page_texts(pdf: bytes) -> list[str]:
    document = pdfium.PdfDocument(pdf)
    return [document[n].get_textpage().get_text_range() for n in range(len(document))]


def _a_week_of_shifts(session) -> PA:
    jane = _jane(session)
    for shift in (
        _shift(jane, date(2026, 6, 3), "09:00", "17:00", break_minutes=30, note=LONG_NOTE),
        _shift(jane, date(2026, 6, 4), "22:00", "07:00", shift_type=ShiftType.NIGHT),
        _shift(
            jane,
            date(2026, 6, 6),
            "22:00",
            "07:00",
            shift_type=ShiftType.SLEEP_IN,
            awake_minutes=60,
        ),
    ):
        staff.add_shift(session, shift)
    return jane


def test_a_timesheet_lists_the_shifts_with_totals_and_lines_to_sign(session):
    jane = _a_week_of_shifts(session)
    period = staff.period_holding(session, jane.pa_id, date(2026, 6, 3))
    assert period == JUNE_PERIOD

    pdf = timesheets.timesheet_pdf(session, jane.pa_id, period)

    assert pdf.startswith(b"%PDF")
    (text,) = _page_texts(pdf)
    flat = " ".join(text.split())
    assert "Timesheet" in flat
    assert PERSON in flat and "Jane Smith" in flat
    assert "25 May 2026 to 21 Jun 2026" in flat
    assert "Wed 3 Jun 2026" in flat and "7h 30m" in flat and "30m" in flat
    assert "07:00 +1 day" in flat and "Night" in flat and "Sleep-in" in flat
    assert "prescription from the pharmacy on the way home" in flat  # wrapped, not cut off
    assert "17h 30m" in flat  # 7h 30m + 9h + 1h awake
    assert "1 sleep-in this period" in flat
    assert "Employer (or the person helping)" in flat and "PA" in flat
    assert "Page 1 of 1" in flat
    assert f"Made on {date.today().day} " in flat and "with Direct Payments Keeper" in flat


def test_the_timesheet_totals_count_paid_minutes_and_sleep_ins_by_type(session):
    jane = _a_week_of_shifts(session)
    sheet = timesheets.timesheet(session, jane.pa_id, JUNE_PERIOD)
    assert sheet.employer_name == PERSON and sheet.pa_name == "Jane Smith"
    assert [row.finish_text for row in sheet.rows] == ["17:00", "07:00 +1 day", "07:00 +1 day"]
    assert sheet.total_minutes == 7 * 60 + 30 + 9 * 60 + 60
    assert sheet.sleep_ins == 1
    assert sheet.by_type == [
        (ShiftType.DAY, 1, 7 * 60 + 30),
        (ShiftType.NIGHT, 1, 9 * 60),
        (ShiftType.SLEEP_IN, 1, 60),
    ]


def test_the_pdf_keeps_names_out_of_its_metadata(session):
    jane = _a_week_of_shifts(session)
    pdf = timesheets.timesheet_pdf(session, jane.pa_id, JUNE_PERIOD)
    metadata = pdfium.PdfDocument(pdf).get_metadata_dict()
    assert metadata["Title"] == "Timesheet"
    assert not metadata.get("Author") and not metadata.get("Subject")
    assert all("Jane" not in value and "Anna" not in value for value in metadata.values())


def test_an_empty_pay_period_still_makes_a_page_to_sign(session):
    jane = _jane(session)
    pdf = timesheets.timesheet_pdf(
        session, jane.pa_id, PayPeriod(date(2026, 3, 30), date(2026, 4, 26))
    )
    assert pdf.startswith(b"%PDF")
    (text,) = _page_texts(pdf)
    flat = " ".join(text.split())
    assert "No shifts in this pay period." in flat
    assert "Employer (or the person helping)" in flat and "Page 1 of 1" in flat


def test_sixty_shifts_run_onto_more_pages_with_the_header_repeated():
    shifts = [
        Shift(
            None,
            1,
            JUNE_PERIOD.start + timedelta(days=n // 3),
            time(8 + 5 * (n % 3)),
            time(12 + 5 * (n % 3)),
        )
        for n in range(60)
    ]
    sheet = TimesheetData.from_shifts(
        "Anna Okafor", "Jane Smith", JUNE_PERIOD, shifts, date(2026, 6, 22)
    )
    pages = _page_texts(timesheet_pdf(sheet))
    assert len(pages) > 1
    assert "Page 2 of" in pages[1]
    assert all(f"Page {n} of {len(pages)}" in text for n, text in enumerate(pages, start=1))
    assert all("Made on 22 Jun 2026 with Direct Payments Keeper" in text for text in pages)
    assert "Finish" in pages[1] and "Note" in pages[1]  # the header row again
    assert "Employer (or the person helping)" in pages[-1]
    assert "240h" in " ".join(pages[-1].split())  # 60 shifts of 4 hours
