"""The monitoring return and care review PDFs, read back as text from a realistic quarter.

Every figure is checked against sums worked out here from the amounts recorded, not against the
app's own totals, and money is written out here rather than with the app's formatter.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, time
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image

from dpkeeper.domain.ledger import AccountKind, TransactionInput
from dpkeeper.domain.schedule import Frequency
from dpkeeper.domain.staff import PA, PayRate, Shift, ShiftType
from dpkeeper.reports import fonts
from dpkeeper.reports.monitoring import monitoring_pdf
from dpkeeper.reports.review import ReviewData, review_pdf
from dpkeeper.services import money, receipts, staff, statement_files, statements, vault_access
from dpkeeper.services.progress import Progress, Stopped
from tests.conftest import PASSPHRASE
from tests.integration.money_fixtures import set_up_anna

Q3 = (date(2026, 7, 1), date(2026, 9, 30))  # 92 days: 13 weeks and a day
DAYS = 92
MADE_ON = date(2026, 10, 2)
PERSON = "Zoë Łukasz"
LONG_NOTE = (
    "Pottery course for the autumn term, ten sessions on Tuesday mornings, paid in one go "
    "because the centre gives a discount for booking the whole term; my PA came with me to "
    "every session and the tutor wrote a letter about how it has helped, signed Wilhelmina."
)
COUNCIL, WAGES, HMRC, BUS, POTTERY, CAFE, GREEK = 112000, 48640, 18360, 450, 3500, 700, 2500

# money_fixtures opens the bank account (£1,500) and petty cash (£20) on 1 April; June had one
# council payment and one month's wages.
OPENING = 150000 + 2000 + COUNCIL - WAGES
MONEY_IN = 3 * COUNCIL + 3000  # three council payments, and the new cash tin's opening balance
MONEY_OUT = 3 * WAGES + HMRC + BUS + POTTERY + CAFE + GREEK
CLOSING = OPENING + MONEY_IN - MONEY_OUT
# The plan: £1,120 every four weeks plus a £25 weekly contribution, with lines for 12 hours a
# week of PA support at £15.20 and £20 a week of community activities.
WEEKLY_BUDGET = 112000 // 4 + 2500
PA_WEEKLY, ACTIVITIES_WEEKLY, PA_MINUTES_WEEKLY = 12 * 1520, 2000, 12 * 60


def for_days(weekly: int, days: int) -> int:
    """``weekly × days ÷ 7`` to the nearest whole number, halves up, in integers only."""
    return (weekly * days * 2 + 7) // 14


def pounds(pence: int) -> str:
    return f"£{pence // 100:,}.{pence % 100:02d}"


def page_texts(data: bytes) -> list[str]:
    document = pdfium.PdfDocument(data)
    return [document[n].get_textpage().get_text_range() for n in range(len(document))]


def flat(texts: list[str]) -> str:
    """All the pages as one line of words, so text wrapped in a box still matches."""
    return " ".join(" ".join(texts).split())


@pytest.fixture
def zoe(tmp_path: Path):
    """A vault of Zoë's own, with Anna's accounts and plan from money_fixtures."""
    code = vault_access.new_recovery_code()
    folder = tmp_path / "vaults" / "Zoe.dpvault"
    session = vault_access.create_vault(folder, PERSON, PASSPHRASE, PASSPHRASE, code)
    yield session, set_up_anna(session)
    session.close()


@pytest.fixture
def quarter(zoe, tmp_path: Path) -> dict[str, int]:
    """Council payments, wages, HMRC with a receipt, a bus fare with a reason, a long note,
    Greek and Cyrillic names, a cash tin opened mid-quarter, and a payment the day after."""
    session, ids = zoe
    photo = tmp_path / "hmrc.png"
    Image.new("RGB", (60, 80), "white").save(photo)

    def record(day, pence, who, key, account="bank", attach=(), **extra) -> int:
        entry = TransactionInput(day, pence, ids[account], who, ids[key], **extra)
        return money.record(session, entry, attach)

    found = {}
    record(date(2026, 6, 23), -WAGES, "Jane Smith", "pa_wages")  # before the quarter
    record(date(2026, 6, 29), COUNCIL, "Leeds City Council", "council_payment")
    for n, day in enumerate((date(2026, 7, 27), date(2026, 8, 24), date(2026, 9, 21))):
        found[f"council {n}"] = record(day, COUNCIL, "Leeds City Council", "council_payment")
    for n, day in enumerate((date(2026, 7, 1), date(2026, 8, 18), date(2026, 9, 30))):
        found[f"wages {n}"] = record(day, -WAGES, "Jane Smith", "pa_wages", note="Four weeks")
    found["hmrc"] = record(
        date(2026, 8, 19), -HMRC, "HMRC", "hmrc", attach=[receipts.prepare(photo)]
    )
    found["bus"] = record(
        date(2026, 8, 20), -BUS, "First Bus", "transport", no_receipt_reason="bus fare"
    )
    found["pottery"] = record(
        date(2026, 9, 11), -POTTERY, "Riverside Arts Centre", "activities", note=LONG_NOTE
    )
    found["greek"] = record(
        date(2026, 9, 15), -GREEK, "Σοφία Παπαδοπούλου", "activities", note="Кафе Дружба"
    )
    tin = money.add_account(session, "Petty cash 2", AccountKind.CASH, 3000, date(2026, 8, 1))
    ids["tin"] = tin.account_id
    found["café"] = record(date(2026, 8, 2), -CAFE, "Café Nero", "activities", account="tin")
    record(date(2026, 10, 1), -2000, "After the quarter", "transport")
    return found


@pytest.fixture
def shifts(zoe) -> int:
    """Jane's shifts: three of 7h 30m in the quarter (the last on its last day), one after."""
    session, _ = zoe
    jane = staff.save_pa(
        session,
        PA(
            None,
            "Jane Smith",
            date(2026, 1, 5),
            Frequency.FOUR_WEEKLY,
            date(2026, 3, 30),
            contracted_minutes=12 * 60,
            rates=(PayRate(ShiftType.DAY, date(2026, 1, 5), 1520),),
        ),
    )
    for day in (date(2026, 7, 1), date(2026, 8, 13), date(2026, 9, 30), date(2026, 10, 1)):
        shift = Shift(None, jane.pa_id, day, time(9), time(17), break_minutes=30)
        staff.add_shift(session, shift)
    return 3 * (8 * 60 - 30)


def test_the_monitoring_return_shows_figures_that_add_up_independently(zoe, quarter):
    session, _ = zoe
    ret = statements.monitoring(session, *Q3, today=MADE_ON)
    words = flat(page_texts(monitoring_pdf(ret)))

    assert f"Opening balance on 1 Jul 2026 {pounds(OPENING)}" in words
    assert f"Council payment {pounds(3 * COUNCIL)}" in words
    assert f"Opening balance of Petty cash 2 {pounds(3000)}" in words
    assert f"Total money in {pounds(MONEY_IN)}" in words
    assert f"PA wages {pounds(3 * WAGES)}" in words
    assert f"Transport {pounds(BUS)}" in words  # the payment on 1 October is left out
    assert f"Total money out {pounds(MONEY_OUT)}" in words
    assert f"Closing balance on 30 Sep 2026 {pounds(CLOSING)}" in words
    assert f"PA support {pounds(3 * WAGES)}" in words  # by budget line
    check = (
        f"Opening {pounds(OPENING)} + money in {pounds(MONEY_IN)} \u2212 money out "
        f"{pounds(MONEY_OUT)} = closing {pounds(CLOSING)} \u2713"
    )
    assert check in words
    tenths = CLOSING * 10 // WEEKLY_BUDGET  # rounded down, to be on the safe side
    assert f"at the plan's weekly amount {tenths // 10}.{tenths % 10} weeks" in words
    assert "Payments with no receipt yet 6" in words  # wages ×3, pottery, Σοφία, café
    assert "Payments with no receipt, reason given 1" in words


def test_every_transaction_is_listed_in_full_with_its_receipt(zoe, quarter):
    session, _ = zoe
    ret = statements.monitoring(session, *Q3, today=MADE_ON)
    texts = page_texts(monitoring_pdf(ret))
    words = flat(texts)

    listed = set(re.findall(r"\bT\d+\b", words))
    assert listed == {f"T{number}" for number in quarter.values()}
    for word in LONG_NOTE.split():  # wrapped over many lines, but nothing cut off
        assert word in words
    assert "Wilhelmina." in words
    assert "No receipt: bus fare" in words
    assert "Receipt kept" in words  # HMRC
    assert words.count("No receipt yet") == 6
    assert "Σοφία Παπαδοπούλου — Кафе Дружба" in words
    assert "Café Nero" in words and "Petty cash 2" in words


def test_every_page_is_numbered_and_the_last_is_the_declaration(zoe, quarter):
    session, _ = zoe
    ret = statements.monitoring(session, *Q3, today=MADE_ON)
    data = monitoring_pdf(ret)
    texts = page_texts(data)

    assert "Page 1 of" in texts[0]
    for number, page in enumerate(texts, start=1):
        assert f"Page {number} of {len(texts)}" in page
        assert "Made on 2 Oct 2026 with Direct Payments Keeper" in page
        if number > 1:  # the running head
            assert f"Monitoring return: {PERSON}" in page
            assert "1 Jul 2026 to 30 Sep 2026" in page
    assert PERSON in texts[0]
    assert "Leeds City Council" in texts[0] and "DP-123" in texts[0]
    declaration = " ".join(texts[-1].split())
    assert "I confirm this is a true record of how my direct payment was spent" in declaration
    assert PERSON in declaration and "Signature" in declaration and "Date" in declaration
    assert "Anyone who helped keep these records" in declaration
    metadata = " ".join(pdfium.PdfDocument(data).get_metadata_dict().values())
    assert "Zo" not in metadata and "Leeds" not in metadata


def test_a_return_that_does_not_add_up_says_so_plainly(zoe, quarter):
    session, _ = zoe
    ret = statements.monitoring(session, *Q3, today=MADE_ON)
    wrong = dataclasses.replace(ret, closing=ret.closing + 1)
    words = flat(page_texts(monitoring_pdf(wrong)))
    assert "This does not add up." in words
    assert "a difference of £0.01" in words
    assert "\u2713" not in words


def test_making_the_return_reports_progress_and_can_be_stopped(zoe, quarter):
    session, _ = zoe
    ret = statements.monitoring(session, *Q3, today=MADE_ON)
    seen: list[tuple[int, int]] = []
    monitoring_pdf(ret, Progress(report=lambda done, total: seen.append((done, total)), every=2))
    assert seen[-1] == (len(ret.lines), len(ret.lines))
    with pytest.raises(Stopped):
        monitoring_pdf(ret, Progress(stop_requested=lambda: True, every=1))


def test_an_empty_period_still_makes_a_return_that_adds_up(zoe):
    session, _ = zoe
    ret = statements.monitoring(session, date(2026, 8, 1), date(2026, 8, 31), date(2026, 9, 1))
    words = flat(page_texts(monitoring_pdf(ret)))
    assert "There were no transactions in this period." in words
    assert f"= closing {pounds(152000)} \u2713" in words


def test_the_review_says_what_was_spent_of_the_plan_and_the_hours(zoe, quarter, shifts):
    session, _ = zoe
    data = statements.review(session, *Q3, today=MADE_ON)
    pa_planned = for_days(PA_WEEKLY, DAYS)
    activities_planned = for_days(ACTIVITIES_WEEKLY, DAYS)
    planned = pa_planned + activities_planned
    assert data.lines == (
        ("PA support", pa_planned, 3 * WAGES),
        ("Community activities", activities_planned, POTTERY + CAFE + GREEK),
        ("Not in a budget line", 0, HMRC + BUS),
    )
    texts = page_texts(review_pdf(data))
    first = " ".join(texts[0].split())
    assert f"You spent {pounds(MONEY_OUT)} of {pounds(planned)}." in first
    assert f"That is {pounds(planned - MONEY_OUT)} less than the plan allowed." in first
    hours, minutes = divmod(for_days(PA_MINUTES_WEEKLY, DAYS), 60)
    assert f"Your PAs worked 22h 30m of {hours}h {minutes:02d}m planned hours." in first
    words = flat(texts)
    assert f"PA support {pounds(pa_planned)} {pounds(3 * WAGES)}" in words
    assert f"Total {pounds(planned)} {pounds(MONEY_OUT)}" in words
    assert PERSON in words and "Leeds City Council" in words
    assert "My own notes" in words
    for number, page in enumerate(texts, start=1):
        assert f"Page {number} of {len(texts)}" in page


def test_planned_amounts_for_part_of_a_week_are_rounded_to_the_penny(zoe, shifts):
    session, _ = zoe
    data = statements.review(session, date(2026, 7, 1), date(2026, 7, 15))  # 15 days
    assert data.lines == (
        ("PA support", for_days(PA_WEEKLY, 15), 0),
        ("Community activities", for_days(ACTIVITIES_WEEKLY, 15), 0),
    )
    assert data.planned_minutes == for_days(PA_MINUTES_WEEKLY, 15)
    assert data.worked_minutes == 7 * 60 + 30


def test_a_review_with_no_plan_says_there_is_nothing_to_compare_with():
    data = ReviewData(
        PERSON, "", *Q3, lines=(), planned_minutes=0, worked_minutes=0, made_on=MADE_ON
    )
    words = flat(page_texts(review_pdf(data)))
    assert "You spent £0.00. There is no support plan with budget lines" in words
    assert "nothing to compare it with" in words
    assert "My own notes" in words


def test_the_statement_command_makes_both_pdfs(zoe, quarter, shifts):
    session, _ = zoe
    for kind in ("monitoring", "review"):
        data = statement_files.render(session, kind, *Q3, "pdf", today=MADE_ON)
        assert data.startswith(b"%PDF") and PERSON in flat(page_texts(data))


def test_without_the_font_files_the_pdfs_fall_back_to_helvetica(zoe, tmp_path, monkeypatch):
    monkeypatch.setenv("DPKEEPER_RESOURCES_DIR", str(tmp_path / "nothing here"))
    assert fonts._load() == fonts.FALLBACK
    monkeypatch.setattr(fonts, "_registered", fonts.FALLBACK)
    session, _ = zoe
    ret = statements.monitoring(session, *Q3, today=MADE_ON)
    words = flat(page_texts(monitoring_pdf(ret)))
    assert f"- money out £0.00 = closing {pounds(152000)} (adds up)" in words  # nothing recorded
