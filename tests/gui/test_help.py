"""Help inside the app: the guide, F1 and "What is this?", searching, empty pages, the tour."""

from __future__ import annotations

import json
import re

import pytest
from PIL import Image
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from dpkeeper.paths import config_dir
from dpkeeper.services import app_settings, help_guide, receipts
from dpkeeper.services.app_settings import Display
from dpkeeper.ui import theme
from dpkeeper.ui.dialogs.receipt_viewer import ReceiptViewer
from dpkeeper.ui.main_window import MainWindow
from dpkeeper.ui.pages.help import SECTION_FOR_PAGE, HelpPage
from dpkeeper.vault.keychain import Keychain
from tests.conftest import PASSPHRASE
from tests.gui.conftest import WAIT_MS, type_into, wait_for_workspace


def unlock(qtbot, win, vault) -> None:
    win.open_vault(vault)
    qtbot.waitUntil(win.unlock_page.isEnabled, timeout=WAIT_MS)
    type_into(qtbot, win.unlock_page.secret, PASSPHRASE)
    qtbot.keyClick(win.unlock_page.secret, Qt.Key.Key_Return)
    wait_for_workspace(qtbot, win)


@pytest.fixture
def page(qtbot):
    shown = HelpPage(language="en")
    qtbot.addWidget(shown)
    shown.resize(900, 600)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    return shown


def reader_text(page) -> str:
    return page.reader.toPlainText()


def forget_the_tour() -> None:
    """As on a computer where the app has never opened a vault."""
    path = config_dir() / app_settings.SETTINGS_NAME
    data = json.loads(path.read_text(encoding="utf-8"))
    data.pop("tour_seen")
    path.write_text(json.dumps(data), encoding="utf-8")
    assert not app_settings.tour_seen()


# F1 and "What is this?" --------------------------------------------------------------------------


def test_f1_on_the_money_page_opens_the_guide_at_the_money_section(qtbot, window, vault):
    unlock(qtbot, window, vault)
    workspace = window.workspace
    workspace.nav.setFocus()
    qtbot.keyClick(workspace.nav, Qt.Key.Key_Down)
    assert workspace.pages.currentWidget() is workspace.money
    workspace.money.table.setFocus()

    qtbot.keyClick(workspace.money.table, Qt.Key.Key_F1)

    help_page = workspace.page("help")
    assert workspace.pages.currentWidget() is help_page
    assert help_page.current_section == "money"
    assert reader_text(help_page).startswith("Money\n")
    assert "The Money page lists every payment" in reader_text(help_page)
    assert help_page.reader.hasFocus()  # ready to read with the arrow keys


def test_what_is_this_opens_the_section_about_each_page(qtbot, window, vault):
    unlock(qtbot, window, vault)
    workspace = window.workspace
    help_page = workspace.page("help")
    for key, section in SECTION_FOR_PAGE.items():
        workspace.go_to(key)
        workspace.what_is_this.setFocus()
        qtbot.keyClick(workspace.what_is_this, Qt.Key.Key_Space)
        assert workspace.pages.currentWidget() is help_page, key
        assert help_page.current_section == section, key
        title = help_page.guide.section(section).title
        assert reader_text(help_page).startswith(title)


def test_the_help_page_comes_straight_after_settings(qtbot, window, vault):
    unlock(qtbot, window, vault)
    keys = [key for key, _title, _page in window.workspace.page_list]
    assert keys.index("help") == keys.index("settings") + 1


def test_f1_before_a_vault_is_open_shows_the_guide_in_a_window(qtbot, window):
    assert window.screens.currentWidget() is window.welcome
    qtbot.keyClick(window.welcome.create, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.help_dialog is not None and window.help_dialog.isVisible())
    assert window.help_dialog.page.current_section == "welcome"
    qtbot.keyClick(window.help_dialog.page.reader, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.help_dialog.isVisible())


def test_the_welcome_and_unlock_screens_have_a_help_button(qtbot, window, vault):
    window.welcome.help_button.setFocus()
    qtbot.keyClick(window.welcome.help_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.help_dialog is not None and window.help_dialog.isVisible())
    window.help_dialog.reject()

    window.open_vault(vault)
    qtbot.waitUntil(window.unlock_page.isEnabled, timeout=WAIT_MS)
    assert window.unlock_page.help_button.isVisible()
    window.unlock_page.help_button.setFocus()
    qtbot.keyClick(window.unlock_page.help_button, Qt.Key.Key_Space)
    qtbot.waitUntil(window.help_dialog.isVisible)


# Reading and searching the guide -----------------------------------------------------------------


def test_arrow_keys_in_the_list_of_topics_show_each_topic(qtbot, page):
    page.topics.setFocus()
    qtbot.keyClick(page.topics, Qt.Key.Key_Down)
    assert page.current_section == "direct-payments"
    assert reader_text(page).startswith("What are direct payments?")
    qtbot.keyClick(page.topics, Qt.Key.Key_End)
    assert page.current_section == "glossary"
    qtbot.keyClick(page.topics, Qt.Key.Key_Return)
    assert page.reader.hasFocus()


def test_a_link_in_a_section_opens_the_section_it_names(qtbot, page):
    page.focus_on("welcome")
    qtbot.keyClick(page.reader, Qt.Key.Key_Tab)  # to the first link: "glossary"
    assert page.reader.textCursor().selectedText() == "glossary"

    qtbot.keyClick(page.reader, Qt.Key.Key_Return)

    assert page.current_section == "glossary"
    assert reader_text(page).startswith("Glossary")
    assert page.topics.currentItem().text() == "Glossary"


def test_searching_for_holiday_finds_the_pa_section_and_enter_opens_it(qtbot, page):
    page.topics.setFocus()
    qtbot.keyClick(page.topics, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()

    qtbot.keyClicks(page.search, "Holiday")

    listed = [page.topics.item(row) for row in range(page.topics.count())]
    ids = [item.data(Qt.ItemDataRole.UserRole) for item in listed]
    assert ids[0] == "employing-a-pa"
    assert "money" not in ids
    snippet = listed[0].data(Qt.ItemDataRole.UserRole + 1)
    assert "holiday" in snippet.lower()
    assert page.found.isVisible() and "topics" in page.found.text()

    qtbot.keyClick(page.search, Qt.Key.Key_Return)

    assert page.current_section == "employing-a-pa"
    assert "5.6 weeks of paid holiday" in reader_text(page)
    assert page.reader.hasFocus()


def test_down_arrow_moves_from_the_search_box_into_the_results(qtbot, page):
    type_into(qtbot, page.search, "receipt")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.topics.hasFocus()
    qtbot.keyClick(page.topics, Qt.Key.Key_Down)
    second = page.topics.item(1).data(Qt.ItemDataRole.UserRole)
    assert page.current_section == second


def test_a_search_that_finds_nothing_says_what_to_try(qtbot, page):
    type_into(qtbot, page.search, "zebra crossing")
    assert page.topics.count() == 0
    assert "Try fewer words" in page.found.text()

    page.search.clear()
    assert page.topics.count() == len(page.guide.sections)
    assert not page.found.isVisible()


def link_targets(document) -> list[str]:
    targets = []
    block = document.begin()
    while block.isValid():
        for fragment in (it.fragment() for it in block):
            if fragment.charFormat().isAnchor():
                targets.append(fragment.charFormat().anchorHref())
        block = block.next()
    return targets


def test_web_links_are_shown_as_text_and_never_opened(qtbot, page):
    text = (
        "# Start here\n\nTemplates are free from [Skills for Care](https://www.skillsforcare.org.uk)"
        " or www.gov.uk. Words are in the [glossary](glossary).\n"
    )
    page.guide = help_guide.Guide(
        [help_guide.Section("welcome", "Start here", text), *page.guide.sections[1:]], "en"
    )
    page.open_section("welcome")

    assert link_targets(page.reader.document()) == ["glossary"]
    assert "Skills for Care (https://www.skillsforcare.org.uk)" in reader_text(page)
    assert not page.reader.openLinks() and not page.reader.openExternalLinks()
    page.reader.anchorClicked.emit(QUrl("https://www.skillsforcare.org.uk"))
    assert page.current_section == "welcome"


def test_the_guide_text_and_list_grow_with_the_app_text_size(qtbot, qapp, page):
    before = page.reader.document().defaultFont().pointSizeF()
    list_width = page.side_panel.maximumWidth()
    try:
        theme.apply(qapp, Display(text_percent=200))
        assert page.reader.document().defaultFont().pointSizeF() == pytest.approx(before * 2)
        assert page.side_panel.maximumWidth() > list_width * 1.5
        qtbot.waitUntil(lambda: page.tour_button.width() >= page.tour_button.sizeHint().width())
    finally:
        theme.apply(qapp, Display())


# Empty pages ------------------------------------------------------------------------------------


def test_each_page_of_an_empty_vault_says_what_to_do_next(qtbot, window, vault):
    unlock(qtbot, window, vault)
    workspace = window.workspace
    expected = {
        "home": lambda p: "Add your direct payment account" in p.next_steps.text(),
        "money": lambda p: p.empty.isVisible() and "account first" in p.empty.text(),
        "receipts": lambda p: p.empty.isVisible() and "Add photos or PDFs" in p.empty.text(),
        "plan": lambda p: p.no_accounts.isVisible() and "Add an account" in p.no_accounts.text(),
        "staff": lambda p: p.empty.isVisible() and "Add each personal assistant" in p.empty.text(),
        "hours": lambda p: p.empty.isVisible() and "Staff page" in p.empty.text(),
        "statements": lambda p: p.preview.placeholder.isVisible(),
    }
    for key, says_what_to_do in expected.items():
        workspace.go_to(key)
        assert says_what_to_do(workspace.page(key)), key


def test_the_hours_page_with_no_pas_keeps_its_words_together(qtbot, window, vault):
    unlock(qtbot, window, vault)
    window.workspace.go_to("hours")
    hours = window.workspace.page("hours")
    qtbot.waitUntil(lambda: hours.hint.geometry().bottom() > 0)
    assert hours.hint.geometry().top() < hours.height() / 2  # not spread down the page


# The first-run tour ------------------------------------------------------------------------------


def test_the_tour_steps_through_by_keyboard_and_escape_skips_it_for_good(
    qtbot, window, vault, memory_keychain
):
    forget_the_tour()
    unlock(qtbot, window, vault)
    qtbot.waitUntil(lambda: window.tour is not None and window.tour.isVisible())
    tour = window.tour
    assert tour.next_button.hasFocus()
    assert "Step 1 of" in tour.counter.text()
    assert not tour.back_button.isEnabled()

    qtbot.keyClick(tour.next_button, Qt.Key.Key_Return)
    qtbot.keyClick(tour.next_button, Qt.Key.Key_Return)
    assert tour.step == 2 and "Step 3 of" in tour.counter.text()
    assert "Money page" in tour.words.text()
    qtbot.keyClick(tour.next_button, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert tour.back_button.hasFocus()
    qtbot.keyClick(tour.back_button, Qt.Key.Key_Space)
    assert tour.step == 1

    qtbot.keyClick(tour.next_button, Qt.Key.Key_Escape)

    qtbot.waitUntil(lambda: not tour.isVisible())
    assert app_settings.tour_seen()
    window.close_vault()
    again = MainWindow(Keychain(memory_keychain))
    qtbot.addWidget(again)
    unlock(qtbot, again, vault)
    assert again.tour is None


def test_finishing_the_tour_also_means_it_is_not_shown_again(qtbot, window, vault):
    forget_the_tour()
    unlock(qtbot, window, vault)
    qtbot.waitUntil(lambda: window.tour is not None and window.tour.isVisible())
    tour = window.tour
    for _step in tour.steps[:-1]:
        qtbot.keyClick(tour.next_button, Qt.Key.Key_Return)
    assert tour.next_button.text().replace("&", "") == "Finish"
    assert "F1" in tour.words.text()
    qtbot.keyClick(tour.next_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not tour.isVisible())
    assert app_settings.tour_seen()


def test_the_help_page_shows_the_tour_again(qtbot, page):
    page.tour_button.setFocus()
    qtbot.keyClick(page.tour_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.tour is not None and page.tour.isVisible())
    assert page.tour.step == 0
    qtbot.keyClick(page.tour.next_button, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not page.tour.isVisible())


def test_every_tour_control_has_an_accessible_name(qtbot, page):
    page.show_tour()
    for button in (page.tour.skip_button, page.tour.back_button, page.tour.next_button):
        assert button.accessibleName() and button.objectName()
    assert page.tour.accessibleDescription().startswith("Step 1 of")
    page.tour.reject()


# The shortcut table in the guide -----------------------------------------------------------------

KEY_NAMES = {"Page Up": "PgUp", "Page Down": "PgDown"}
BUILT_IN = {"Escape"}  # every dialog closes on Escape: Qt does it


def shortcuts_in_the_guide(page) -> list[str]:
    table = page.guide.section("shortcuts").text
    keys = []
    for cell in re.findall(r"^\| ([^|]+?) \|", table, re.MULTILINE)[1:]:
        keys += [KEY_NAMES.get(k.strip(), k.strip()) for k in cell.split(" and ")]
    return keys


def bound_shortcuts(*widgets) -> set[str]:
    portable = QKeySequence.SequenceFormat.PortableText
    bound = set()
    for widget in widgets:
        for action in widget.findChildren(QAction) + widget.actions():
            bound |= {s.toString(portable) for s in action.shortcuts()}
        for shortcut in widget.findChildren(QShortcut):
            bound |= {s.toString(portable) for s in shortcut.keys()}  # noqa: SIM118 (Qt's keys)
    return bound


def test_every_shortcut_in_the_guide_is_really_bound(qtbot, window, vault, tmp_path):
    unlock(qtbot, window, vault)
    photo = tmp_path / "bus ticket.jpg"
    Image.new("RGB", (400, 300), (230, 220, 200)).save(photo)
    stored = receipts.store(window.session, receipts.prepare(photo))
    viewer = ReceiptViewer(window.session, stored, parent=window)
    qtbot.addWidget(viewer)

    listed = shortcuts_in_the_guide(window.workspace.page("help"))
    bound = bound_shortcuts(window, viewer)

    assert {"F1", "Ctrl+L", "Ctrl+N", "Ctrl+Shift+C", "PgUp"} <= set(listed)
    missing = [k for k in listed if k not in BUILT_IN and QKeySequence(k).toString() not in bound]
    assert missing == []
    QApplication.processEvents()
