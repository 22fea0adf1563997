"""Strings can be translated: lupdate can find every marked one, and the statement PDFs speak the
chosen language, with Urdu joined up and right to left."""

from __future__ import annotations

import ast
import re
from datetime import date, time
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from dpkeeper.domain import text
from dpkeeper.domain.ledger import ReceiptStatus
from dpkeeper.domain.pay import PayPeriod
from dpkeeper.domain.staff import Shift, ShiftType
from dpkeeper.domain.statement import MonitoringReturn, StatementLine
from dpkeeper.reports import evidence, fonts, scripts
from dpkeeper.reports.evidence import PayRow
from dpkeeper.reports.history import history_pdf
from dpkeeper.reports.monitoring import monitoring_pdf
from dpkeeper.reports.pdf_common import fill
from dpkeeper.reports.recovery_sheet import RecoverySheet, recovery_sheet_bytes
from dpkeeper.reports.review import ReviewData, review_pdf
from dpkeeper.reports.timesheet import TimesheetData, timesheet_pdf

PACKAGE = Path(__file__).resolve().parents[2] / "desktop" / "dpkeeper"
MARKERS = {"QT_TRANSLATE_NOOP", "translate", "translated"}


def marker_calls():
    """(file, line, call) for every call that marks or looks up a string for translation."""
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name in MARKERS:
                yield path.relative_to(PACKAGE), node.lineno, node


def is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_every_marked_string_has_its_context_written_out_so_lupdate_finds_it():
    # lupdate reads literal strings only: QT_TRANSLATE_NOOP(ERRORS, "…") is never extracted, so
    # the text could never be translated.
    hidden = []
    for path, line, call in marker_calls():
        context, words = call.args[:2]
        name = getattr(call.func, "id", None) or call.func.attr
        noop = name == "QT_TRANSLATE_NOOP"
        if not is_text(context) and (noop or is_text(words)) or (noop and not is_text(words)):
            hidden.append(f"{path}:{line}")
    assert hidden == [], "write the context as a string literal: " + ", ".join(hidden)


@pytest.fixture
def pseudo_reports():
    """Every string the PDFs translate comes back as ⟪string⟫."""
    text.use_translator(lambda context, words: f"⟪{words}⟫")
    yield
    text.use_translator(None)


def a_return(person: str = "Anna Okafor", payee: str = "Jane Smith") -> MonitoringReturn:
    lines = (
        StatementLine(1, date(2026, 7, 3), "Oxfordshire County Council", "", 112000,
                      "Council payment", "Direct payment account", ReceiptStatus.ATTACHED, 1, ""),
        StatementLine(2, date(2026, 7, 10), payee, "July", -45000, "PA wages",
                      "Direct payment account", ReceiptStatus.MISSING, 0, ""),
    )  # fmt: skip
    return MonitoringReturn(
        person=person,
        funder="Oxfordshire County Council",
        reference="DP-12345",
        start=date(2026, 7, 1),
        end=date(2026, 9, 30),
        made_on=date(2026, 10, 2),
        opening=151000,
        money_in=(("Council payment", 112000),),
        money_out=(("PA wages", 45000),),
        money_out_by_line=(("PA support", 45000),),
        closing=151000 + 112000 - 45000,
        weeks_in_hand=Decimal("7.5"),
        owed=(("Wages for September", 45000),),
        lines=lines,
    )


DATA = re.compile(
    r"Anna Okafor|Jane Smith|Oxfordshire County Council|Council payment|PA wages|PA support"
    r"|Direct payment account|Wages for September|DP-12345|Direct Payments Keeper|July"
    r"|T\d+|[-+−]?£[\d,]+(\.\d\d)?|\d+(\.\d+)?|[\s()=+−✓·:,./—-]"
)


def unmarked_words(page_text: str) -> list[str]:
    """What is left of a page's text once the translated ⟪…⟫ parts and the data are taken out."""
    left = page_text
    while True:
        shorter = re.sub(r"⟪[^⟪⟫]*⟫", "", left)
        if shorter == left:
            break
        left = shorter
    left = DATA.sub("", left)
    return [word for word in re.split(r"\s+", left) if word]


def test_every_heading_and_label_on_the_monitoring_return_is_translatable(pseudo_reports):
    pdf = pdfium.PdfDocument(monitoring_pdf(a_return()))
    try:
        pages = [page.get_textpage().get_text_range() for page in pdf]
    finally:
        pdf.close()
    assert "⟪Monitoring return⟫" in pages[0]
    assert "⟪Page %1 of %2⟫".replace("%1", "1").replace("%2", "3") in pages[0].replace("\r", "")
    for number, page in enumerate(pages, start=1):
        assert unmarked_words(page) == [], f"page {number} has English that is not marked"


def other_documents() -> dict[str, bytes]:
    """Every other PDF the app makes, with realistic data."""
    july = (date(2026, 7, 1), date(2026, 7, 28))
    made = date(2026, 8, 2)
    sheet = TimesheetData.from_shifts(
        "Anna Okafor",
        "Jane Smith",
        PayPeriod(*july),
        [
            Shift(1, 1, date(2026, 7, 6), time(9), time(17), 30),
            Shift(2, 1, date(2026, 7, 7), time(22), time(7), 0, ShiftType.SLEEP_IN, 60),
        ],
        made,
    )
    pay = PayRow("Jane Smith", *july, 48000, 47500, tax=1000, net=46500)
    return {
        "review": review_pdf(
            ReviewData(
                "Anna Okafor",
                "Oxfordshire County Council",
                *july,
                (("PA support", 60000, 45000),),
                2880,
                2400,
                made,
            )
        ),  # fmt: skip
        "timesheet": timesheet_pdf(sheet),
        "history": history_pdf(
            "Anna Okafor", *july, [("3 Jul 2026 10:15", "Anna Okafor", "Added T12")], made
        ),
        "pay summary": evidence.pay_summary_pdf("Anna Okafor", *july, [pay], made),
        "receipts": evidence.receipts_pdf("Receipts", [], made),
        "recovery sheet": recovery_sheet_bytes(
            RecoverySheet("Anna Okafor", Path("/home/anna/Anna.dpvault"), "7RE0-RT0W", made)
        ),
    }


OTHER_DATA = re.compile(
    r"3 Jul 2026 10:15|Added T12|/home/anna/Anna\.dpvault|7RE0 RT0W|Receipts"
    r"|\d+h( \d\dm)?|\d+m|\d\d:\d\d|[\u2022]"
)


def test_every_heading_on_the_other_documents_is_translatable(pseudo_reports):
    for name, data in other_documents().items():
        pdf = pdfium.PdfDocument(data)
        try:
            pages = [page.get_textpage().get_text_range() for page in pdf]
        finally:
            pdf.close()
        assert any("⟪" in page for page in pages), name
        for page in pages:
            left = unmarked_words(OTHER_DATA.sub("", page))
            assert left == [], f"the {name} has English that is not marked: {left}"


def test_english_statements_are_unchanged_when_nothing_is_translated():
    pdf = pdfium.PdfDocument(monitoring_pdf(a_return()))
    try:
        first = pdf[0].get_textpage().get_text_range()
    finally:
        pdf.close()
    assert "Monitoring return" in first
    assert "Opening balance on 1 Jul 2026" in first
    assert "\u2068" not in first  # nothing isolated in a left-to-right sentence


# Right-to-left text ---------------------------------------------------------------------------

URDU = {
    "Monitoring return": "نگرانی کی رپورٹ",
    "Opening balance on %1": "%1 کو ابتدائی رقم",
    "Page %1 of %2": "صفحہ %1 از %2",
}


def test_an_amount_in_an_urdu_sentence_keeps_its_sign_and_pound_sign_in_front():
    sentence = fill("کل خرچ %1 ہے", "-£12.50")
    runs = scripts.display_runs(sentence)
    assert ("-£12.50", False) in runs  # one left-to-right piece, not "12.50£-"
    assert scripts.right_to_left(sentence)
    assert [run for run, backwards in runs if backwards] == [" ہے", "کل خرچ "]


def test_an_urdu_sentence_is_drawn_from_its_last_word_on_the_left_to_its_first_on_the_right():
    runs = scripts.display_runs("صفحہ 1 از 3")
    assert [run for run, _ in runs] == ["3", " از ", "1", "صفحہ "]


def test_english_and_welsh_text_is_left_as_it_is():
    assert scripts.display_runs("Gŵyl y Banc: £1,510.00") == [("Gŵyl y Banc: £1,510.00", False)]
    assert not scripts.needs_help("Dydd Llun, 3 Mehefin 2026 ŵ ŷ")


def test_urdu_letters_are_joined_with_the_arabic_script_font():
    regular, _bold = fonts.register()
    assert fonts.arabic_for(regular) == fonts.ARABIC, "Noto Naskh Arabic is in resources/fonts"
    assert fonts.can_shape(fonts.ARABIC), "uharfbuzz is installed"
    pieces = scripts.pieces("نگرانی", regular, 12)
    assert [piece.font for piece in pieces] == [fonts.ARABIC]
    loose = sum(scripts._width(ch, fonts.ARABIC, 12) for ch in "نگرانی")
    assert pieces[0].width < loose  # joined letters are narrower than the loose ones


def test_an_urdu_monitoring_return_puts_its_title_on_the_right_of_the_page():
    text.use_translator(lambda context, words: URDU.get(words, words))
    try:
        data = monitoring_pdf(a_return())
    finally:
        text.use_translator(None)
    pdf = pdfium.PdfDocument(data)
    try:
        image = pdf[0].render(scale=1).to_pil().convert("L")
    finally:
        pdf.close()
    width = image.width
    title_band = image.crop((0, 42, width, 66))  # the title's line, near the top
    darkest = [min(title_band.crop((x, 0, x + 1, 24)).get_flattened_data()) for x in range(width)]
    inked = [x for x, shade in enumerate(darkest) if shade < 128]
    assert inked, "the title is drawn"
    assert min(inked) > width / 2, "a right-to-left title sits at the right"
    assert b"NotoNaskhArabic" in data
