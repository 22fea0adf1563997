"""The Receipts page: adding photos and PDFs, looking at them, matching them to spending."""

from __future__ import annotations

import io
import os
import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from reportlab.pdfgen import canvas

from dpkeeper.domain.ledger import ReceiptStatus, TransactionInput
from dpkeeper.services import money, receipts
from dpkeeper.ui import file_prompts
from dpkeeper.ui.models import receipts as receipts_model
from dpkeeper.ui.pages import receipts as receipts_page
from dpkeeper.ui.pages.receipts import ICON_SIDE, ReceiptsPage
from tests.conftest import PASSPHRASE
from tests.gui.conftest import WAIT_MS, click, type_into, wait_for_workspace

TODAY = date.today()
FORMATS = ["JPEG", "PNG", "WEBP", "HEIC", "PDF"]
SUFFIX = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "HEIC": "heic", "PDF": "pdf"}


# Receipt files, as a phone or a care agency would give them -----------------------------------


def photo_bytes(fmt: str, size=(900, 600), shade=(245, 240, 225)) -> bytes:
    """A till receipt: pale paper with lines of print, and a dark stamp in one corner."""
    image = Image.new("RGB", size, shade)
    draw = ImageDraw.Draw(image)
    for y in range(40, size[1] - 40, 36):
        draw.line((40, y, size[0] - 40, y), fill=(40, 40, 40), width=5)
    draw.rectangle((0, 0, size[0] // 6, size[1] // 6), fill=(20, 20, 120))
    out = io.BytesIO()
    if fmt == "HEIC":
        import pillow_heif

        pillow_heif.from_pillow(image).save(out, quality=70)
    else:
        image.save(out, fmt)
    return out.getvalue()


def invoice_bytes(pages: int = 2) -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(595, 842))
    for number in range(pages):
        pdf.drawString(72, 770, f"Riverside Care Agency, invoice 2041, page {number + 1}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def receipt_file(folder: Path, fmt: str, name: str = "receipt", **kw) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / f"{name}.{SUFFIX[fmt]}"
    path.write_bytes(invoice_bytes() if fmt == "PDF" else photo_bytes(fmt, **kw))
    return path


# Fixtures and helpers -------------------------------------------------------------------------


@pytest.fixture
def page(qtbot, session, ids):
    shown = ReceiptsPage()
    qtbot.addWidget(shown)
    shown.resize(1000, 700)
    shown.show()
    qtbot.waitExposed(shown)
    shown.show_session(session)
    return shown


@pytest.fixture
def incoming(tmp_path) -> Path:
    return tmp_path / "incoming"


def spend(session, ids, days_ago, pence, who):
    when = TODAY - timedelta(days=days_ago)
    return money.record(session, TransactionInput(when, -pence, ids["bank"], who))


def add_with_chooser(qtbot, page, monkeypatch, paths: list[Path]) -> None:
    """Press "Add photos or PDFs…", pick ``paths``, and wait until they are in the vault."""
    before = len(receipts.listing(page.session))
    monkeypatch.setattr(file_prompts, "choose_receipt_files", lambda parent, start=None: paths)
    click(qtbot, page.add_button)
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)
    assert len(receipts.listing(page.session)) == before + len(paths), page.message.text()


def open_viewer(qtbot, page, row: int = 0):
    page.activateWindow()  # the offscreen platform does not do it when a dialog closes
    qtbot.waitUntil(page.isActiveWindow, timeout=WAIT_MS)
    page.grid.setCurrentIndex(page.model.index(row))
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(page.dialog.isActiveWindow, timeout=WAIT_MS)  # so its shortcut keys work
    return page.dialog


def caption(page, row: int = 0) -> str:
    return page.model.index(row).data(Qt.ItemDataRole.AccessibleTextRole)


def drawn_thumbnail(page, row: int = 0):
    icon = page.model.index(row).data(Qt.ItemDataRole.DecorationRole)
    return icon.pixmap(ICON_SIDE, ICON_SIDE).toImage()


# Adding and looking -----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_kind_of_receipt_is_kept_waiting_and_can_be_looked_at(
    qtbot, page, session, incoming, monkeypatch, fmt
):
    add_with_chooser(qtbot, page, monkeypatch, [receipt_file(incoming, fmt, "shopping")])

    assert page.model.rowCount() == 1
    assert caption(page).startswith(f"shopping.{SUFFIX[fmt]} · ")
    assert caption(page).endswith(" · Waiting to be matched")
    assert page.tabs.tabText(0) == "Receipts (1 waiting)"
    thumbnail = drawn_thumbnail(page)
    middle = thumbnail.pixelColor(ICON_SIDE // 2, ICON_SIDE // 2)
    assert middle.alpha() == 255  # a picture was drawn there, not an empty square

    viewer = open_viewer(qtbot, page)
    assert not viewer.picture.pixmap().isNull()
    assert viewer.picture.accessibleName().startswith(f"Receipt: shopping.{SUFFIX[fmt]}")
    if fmt == "PDF":
        assert viewer.page_label.text() == "Page 1 of 2"
        first_page = viewer.image.copy()
        qtbot.keyClick(viewer, Qt.Key.Key_PageDown)
        assert viewer.page_label.text() == "Page 2 of 2"
        assert viewer.image != first_page
        assert not viewer.next_button.isEnabled()
        assert not viewer.turn_button.isVisible()
    else:
        assert (viewer.image.width(), viewer.image.height()) == (900, 600)
        assert not viewer.page_label.isVisible()
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)


def test_the_original_file_is_kept_only_when_asked(qtbot, page, session, incoming, monkeypatch):
    add_with_chooser(qtbot, page, monkeypatch, [receipt_file(incoming, "PNG", "first")])
    page.keep_original.setFocus()
    qtbot.keyClick(page.keep_original, Qt.Key.Key_Space)
    assert page.keep_original.isChecked()
    add_with_chooser(qtbot, page, monkeypatch, [receipt_file(incoming, "PNG", "second")])

    kept = {r.original_name: r.has_original for r in receipts.listing(session)}
    assert kept == {"first.png": False, "second.png": True}
    assert page.keep_original.text().replace("&", "").endswith("(uses more space)")


def test_a_file_that_is_not_a_receipt_gets_a_calm_message(
    qtbot, page, session, incoming, monkeypatch
):
    incoming.mkdir()
    notes = incoming / "notes.txt"
    notes.write_text("Shopping list: milk, bread")
    good = receipt_file(incoming, "JPEG", "bread")
    monkeypatch.setattr(
        file_prompts, "choose_receipt_files", lambda parent, start=None: [notes, good]
    )
    click(qtbot, page.add_button)
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)

    assert [r.original_name for r in receipts.listing(session)] == ["bread.jpg"]
    assert page.message.text().startswith("Added 1 receipt. You can match it to spending")
    assert "notes.txt is not a photo or PDF this app can read." in page.message.text()


def test_dropping_files_onto_the_page_adds_them(qtbot, page, session, incoming):
    files = [receipt_file(incoming, "JPEG", "taxi"), receipt_file(incoming, "PDF", "agency")]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in files])
    where = QPointF(page.grid.geometry().center())
    enter = QDragEnterEvent(
        where,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        where,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(page, drop)
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)

    assert sorted(r.original_name for r in receipts.listing(session)) == ["agency.pdf", "taxi.jpg"]
    assert page.model.rowCount() == 2


def test_zoom_keys_make_the_receipt_bigger_smaller_and_fit_again(
    qtbot, page, incoming, monkeypatch
):
    add_with_chooser(qtbot, page, monkeypatch, [receipt_file(incoming, "JPEG", "chemist")])
    viewer = open_viewer(qtbot, page)
    fitted = viewer.picture.pixmap().width()

    qtbot.keyClick(viewer, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert viewer.picture.pixmap().width() > fitted
    qtbot.keyClick(viewer, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(viewer, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert viewer.picture.pixmap().width() < fitted
    qtbot.keyClick(viewer, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert viewer.picture.pixmap().width() == fitted
    assert viewer.zoom is None


def test_turning_a_photo_swaps_its_width_and_height_and_turns_the_thumbnail(
    qtbot, page, session, incoming, monkeypatch
):
    add_with_chooser(qtbot, page, monkeypatch, [receipt_file(incoming, "JPEG", "sideways")])
    receipt_id = page.selected_id()
    wide_thumbnail = drawn_thumbnail(page)
    assert wide_thumbnail.pixelColor(ICON_SIDE // 2, 10).alpha() == 0  # empty above a wide one
    viewer = open_viewer(qtbot, page)
    assert (viewer.image.width(), viewer.image.height()) == (900, 600)

    qtbot.keyClick(viewer, Qt.Key.Key_R)

    assert (viewer.image.width(), viewer.image.height()) == (600, 900)
    stored = receipts.get(session, receipt_id)
    assert (stored.width, stored.height) == (600, 900)
    tall_thumbnail = drawn_thumbnail(page)
    assert tall_thumbnail.pixelColor(ICON_SIDE // 2, 10).alpha() == 255  # now fills top to bottom
    click(qtbot, viewer.turn_button)
    assert (viewer.image.width(), viewer.image.height()) == (900, 600)


def test_thumbnails_are_read_only_when_drawn_and_only_a_few_are_kept(
    qtbot, session, ids, incoming, monkeypatch
):
    paths = [receipt_file(incoming, "PNG", f"receipt {n}", size=(120, 90)) for n in range(3)]
    receipts.add_files(session, paths)
    model = receipts_model.ReceiptsModel()
    model.load(session)
    assert model.rowCount() == 3
    assert model.thumbnails_loaded == 0

    monkeypatch.setattr(receipts_model, "THUMBNAILS_KEPT", 2)
    for row in range(3):
        assert not model.index(row).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert model.thumbnails_loaded == 2


# Matching, reasons and deleting -----------------------------------------------------------------


def test_a_waiting_receipt_is_matched_to_spending_using_the_keyboard(
    qtbot, page, session, ids, incoming, monkeypatch
):
    bus = spend(session, ids, 3, 450, "First Bus")
    spend(session, ids, 1, 2399, "Tesco Extra")
    add_with_chooser(qtbot, page, monkeypatch, [receipt_file(incoming, "JPEG", "ticket")])
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=WAIT_MS)
    dialog = page.dialog
    assert dialog.model.index(0, 1).data() == "Tesco Extra"  # newest first
    qtbot.waitUntil(dialog.search.hasFocus, timeout=WAIT_MS)

    qtbot.keyClicks(dialog.search, "bus")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=WAIT_MS)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.table.hasFocus() and dialog.isVisible()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)

    row = money.rows(session, [bus])[bus]
    assert row.receipt_status is ReceiptStatus.ATTACHED
    assert row.receipt_status.label == "Receipt kept"
    assert caption(page).endswith(" · Attached to First Bus £4.50")
    assert page.tabs.tabText(0) == "Receipts"
    assert page.unmatch_button.isVisible() and not page.match_button.isVisible()

    click(qtbot, page.unmatch_button)
    assert receipts.listing(session)[0].waiting
    assert caption(page).endswith(" · Waiting to be matched")
    assert money.get(session, bus).receipt_status is ReceiptStatus.MISSING


def test_matching_with_no_spending_left_explains_what_to_do(
    qtbot, page, session, incoming, monkeypatch
):
    add_with_chooser(qtbot, page, monkeypatch, [receipt_file(incoming, "JPEG", "ticket")])
    click(qtbot, page.match_button)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=WAIT_MS)
    assert "add the spending on the Money page first" in page.dialog.empty.text()
    assert not page.dialog.match_button.isEnabled()
    page.dialog.reject()
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)
    assert receipts.listing(session)[0].waiting


def test_a_reason_for_no_receipt_takes_the_spending_off_the_list(qtbot, page, session, ids):
    bus = spend(session, ids, 2, 450, "First Bus")
    spend(session, ids, 5, 1200, "Leeds Market")
    page.refresh()
    page.tabs.setCurrentWidget(page.notes)
    notes = page.notes
    assert notes.model.rowCount() == 2
    assert page.tabs.tabText(1) == "Spending with no receipt (2)"
    assert notes.model.index(0, 1).data() == "First Bus"

    type_into(qtbot, notes.reason, "Bus fare - no ticket given")
    qtbot.keyClick(notes.reason, Qt.Key.Key_Return)

    assert money.get(session, bus).no_receipt_reason == "Bus fare - no ticket given"
    assert money.get(session, bus).receipt_status is ReceiptStatus.EXPLAINED
    assert notes.model.rowCount() == 1
    assert notes.model.index(0, 1).data() == "Leeds Market"
    assert notes.reason.text() == ""
    assert page.tabs.tabText(1) == "Spending with no receipt (1)"


def test_an_empty_reason_is_not_saved(qtbot, page, session, ids):
    bus = spend(session, ids, 2, 450, "First Bus")
    page.refresh()
    page.tabs.setCurrentWidget(page.notes)
    click(qtbot, page.notes.save_button)
    assert "few words" in page.notes.message.text()
    assert money.get(session, bus).receipt_status is ReceiptStatus.MISSING


def test_a_receipt_can_be_added_straight_to_spending_that_needs_one(
    qtbot, page, session, ids, incoming, monkeypatch
):
    spend(session, ids, 1, 2399, "Tesco Extra")
    agency = spend(session, ids, 6, 60800, "Riverside Care Agency")
    page.refresh()
    page.tabs.setCurrentWidget(page.notes)
    page.notes.table.selectRow(1)
    monkeypatch.setattr(
        file_prompts,
        "choose_receipt_files",
        lambda parent, start=None: [receipt_file(incoming, "PDF", "invoice 2041")],
    )

    click(qtbot, page.notes.add_button)
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)

    assert [r.original_name for r in receipts.for_transaction(session, agency)] == [
        "invoice 2041.pdf"
    ]
    assert page.message.text() == "Added 1 receipt to the payment."
    assert page.notes.model.rowCount() == 1
    assert caption(page).endswith(" · Attached to Riverside Care Agency £608.00")


def test_deleting_a_receipt_asks_first(qtbot, page, session, incoming, monkeypatch):
    add_with_chooser(qtbot, page, monkeypatch, [receipt_file(incoming, "PNG", "wrong photo")])
    questions = []

    def answer(reply):
        def ask(parent, title, text):
            questions.append(text)
            return reply

        return ask

    monkeypatch.setattr(receipts_page, "confirm", answer(False))
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_Delete)
    assert questions == [
        "Delete the receipt “wrong photo.png”? It will be removed from your vault."
    ]
    assert len(receipts.listing(session)) == 1

    monkeypatch.setattr(receipts_page, "confirm", answer(True))
    click(qtbot, page.delete_button)
    assert receipts.listing(session) == []
    assert page.model.rowCount() == 0
    assert page.empty.isVisible()


def test_focus_on_waiting_shows_only_receipts_waiting_to_be_matched(
    qtbot, page, session, ids, incoming
):
    bus = spend(session, ids, 2, 450, "First Bus")
    receipts.add_files(session, [receipt_file(incoming, "JPEG", "ticket")], bus)
    receipts.add_files(session, [receipt_file(incoming, "JPEG", "unknown")])
    page.refresh()
    assert page.model.rowCount() == 2

    page.focus_on("waiting")

    assert page.show_which.currentText() == "Waiting to be matched"
    assert [page.model.receipt(row).original_name for row in range(1)] == ["unknown.jpg"]
    assert page.model.rowCount() == 1
    assert page.grid.hasFocus()


def test_the_page_sits_after_money_and_home_can_send_people_to_waiting_receipts(
    qtbot, window, vault, incoming
):
    window.open_vault(vault)
    qtbot.waitUntil(lambda: window.unlock_page.isEnabled(), timeout=WAIT_MS)
    type_into(qtbot, window.unlock_page.secret, PASSPHRASE)
    qtbot.keyClick(window.unlock_page.secret, Qt.Key.Key_Return)
    wait_for_workspace(qtbot, window)
    workspace = window.workspace
    keys = [key for key, _title, _page in workspace.page_list]
    assert keys.index("receipts") == keys.index("money") + 1
    receipts.add_files(window.session, [receipt_file(incoming, "JPEG", "ticket")])

    workspace.go_to("receipts", "waiting")

    shown = workspace.page("receipts")
    assert workspace.pages.currentWidget() is shown
    assert shown.show_which.currentText() == "Waiting to be matched"
    assert shown.model.rowCount() == 1


# Privacy ----------------------------------------------------------------------------------------


def files_under(folder: Path, leave_out: tuple[Path, ...] = ()) -> dict[Path, float]:
    found = {}
    for root, _dirs, names in os.walk(folder):
        for name in names:
            path = Path(root) / name
            if not any(path.is_relative_to(skip) for skip in leave_out):
                found[path] = path.stat().st_mtime
    return found


def test_receipts_are_never_written_outside_the_vault(
    qtbot, page, session, vault, incoming, tmp_path, monkeypatch
):
    real_temp = Path(tempfile.gettempdir())
    private_temp = tmp_path / "temp"
    private_temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_temp))  # Qt's temporary files would land here
    monkeypatch.setattr(tempfile, "tempdir", str(private_temp))
    files = [
        receipt_file(incoming, "JPEG", "chemist"),
        receipt_file(incoming, "HEIC", "phone photo"),
        receipt_file(incoming, "PDF", "agency invoice"),
    ]
    watched = (vault, incoming)
    before = files_under(tmp_path, leave_out=watched)
    real_before = set(os.listdir(real_temp))

    add_with_chooser(qtbot, page, monkeypatch, files)
    for row in range(page.model.rowCount()):
        drawn_thumbnail(page, row)
        viewer = open_viewer(qtbot, page, row)
        if viewer.receipt.is_pdf:
            qtbot.keyClick(viewer, Qt.Key.Key_PageDown)
        else:
            qtbot.keyClick(viewer, Qt.Key.Key_R)
        viewer.accept()
        qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)

    secrets = [path.read_bytes() for path in files]
    for found in receipts.listing(session):
        secrets.append(receipts.display(session, found.receipt_id))
        secrets.append(receipts.thumbnail(session, found.receipt_id))
    pieces = [data[len(data) // 2 : len(data) // 2 + 64] for data in secrets]

    after = files_under(tmp_path, leave_out=watched)
    assert [path for path in after if path not in before or after[path] != before[path]] == []
    assert list(private_temp.iterdir()) == []
    for name in set(os.listdir(real_temp)) - real_before:  # other programs may add files
        path = real_temp / name
        if path.is_file():
            content = path.read_bytes()
            assert not any(piece in content for piece in pieces), path
