"""Languages: every word on screen can be translated, the choice is kept on this computer and used
at once, and Urdu lays the window out right to left with amounts still reading £12.50."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ElementTree
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from dpkeeper import APP_NAME
from dpkeeper.domain import text
from dpkeeper.services import app_settings, money, vault_access
from dpkeeper.services import plan as plan_service
from dpkeeper.ui import language
from dpkeeper.ui.main_window import MainWindow
from dpkeeper.vault.keychain import Keychain
from tests.conftest import PASSPHRASE, PERSON
from tests.gui.conftest import WAIT_MS, wait_for_workspace
from tests.integration.money_fixtures import set_up_anna, spend
from tests.unit.test_translation_files import ROOT, TRANSLATIONS, lupdate, sources


@pytest.fixture(autouse=True)
def english_again(qapp):
    """Each test starts and ends in English, left to right, with the app's own translator gone."""
    locale, direction = QLocale(), qapp.layoutDirection()
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)
    qapp.setLayoutDirection(direction)
    text.use_translator(None)
    for window in language._windows:
        window.close()
    language._windows.clear()


@pytest.fixture
def anna_with_records(vault):
    """Anna's vault with her accounts, plan and a few payments (one taking her balance below 0)."""
    session = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    try:
        ids = set_up_anna(session)
        spend(session, ids, date(2026, 4, 3), 1250, "Riverside Arts Centre", "activities")
        spend(session, ids, date(2026, 4, 10), 200000, "Jane Smith", "pa_wages")
        data = {PERSON, "Anna", str(vault), "Riverside Arts Centre", "Jane Smith"}
        data |= {account.name for account in money.accounts(session)}
        current = plan_service.current(session, date.today())
        if current is not None:
            data |= {current.funder_name, current.reference}
            data |= {line.name for line in current.lines}
    finally:
        session.close()
    return vault, {d for d in data if d}


def open_in(qtbot, window, vault):
    window.open_vault(vault)
    qtbot.waitUntil(lambda: window.unlock_page.isEnabled(), timeout=WAIT_MS)
    window.unlock_page.secret.setFocus()
    qtbot.keyClicks(window.unlock_page.secret, PASSPHRASE)
    qtbot.keyClick(window.unlock_page.secret, Qt.Key.Key_Return)
    wait_for_workspace(qtbot, window)


def a_window(qtbot, memory_keychain) -> MainWindow:
    window = MainWindow(Keychain(memory_keychain))
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    return window


# Every word on screen is translatable --------------------------------------------------------


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory) -> set[tuple[str, str]]:
    """(context, source) for every string lupdate finds in the code today."""
    fresh = tmp_path_factory.mktemp("catalogue") / "dpkeeper_xx.ts"
    code = sorted(str(p) for p in (ROOT / "desktop" / "dpkeeper").rglob("*.py"))
    subprocess.run([lupdate(), "-silent", *code, "-ts", str(fresh)], check=True, timeout=120)
    return sources(fresh)


class PseudoTranslator(QTranslator):
    """Wraps each string that lupdate would hand a translator in ⟪…⟫; anything else stays bare."""

    def __init__(self, catalogue: set[tuple[str, str]]) -> None:
        super().__init__()
        self.catalogue = catalogue

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        # None, not "": Qt takes an empty string as a translation, and the text would vanish.
        return f"⟪{source}⟫" if (context, source) in self.catalogue else None

    def isEmpty(self) -> bool:
        return False


def shown_words(root: QWidget) -> list[tuple[str, str]]:
    """(where, words) for each piece of text a person (or a screen reader) meets in ``root``."""
    found = []

    def add(widget: QWidget, what: str, words: str) -> None:
        if words and words.strip():
            found.append((f"{type(widget).__name__} {widget.objectName() or '?'} {what}", words))

    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if widget.objectName() in GUIDE:
            continue
        add(widget, "tooltip", widget.toolTip())
        add(widget, "accessible name", widget.accessibleName())
        add(widget, "accessible description", widget.accessibleDescription())
        if widget.isWindow():
            add(widget, "title", widget.windowTitle())
        if isinstance(widget, QLabel):
            add(widget, "text", widget.text())
        if isinstance(widget, QAbstractButton):
            add(widget, "text", widget.text())
        if isinstance(widget, QGroupBox):
            add(widget, "title", widget.title())
        if isinstance(widget, QLineEdit):
            add(widget, "placeholder", widget.placeholderText())
        if isinstance(widget, QComboBox) and widget.objectName() != "languageChoice":
            for i in range(widget.count()):
                add(widget, f"item {i}", widget.itemText(i))
        if isinstance(widget, QListWidget):
            for i in range(widget.count()):
                add(widget, f"item {i}", widget.item(i).text())
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(widget, f"tab {i}", widget.tabText(i))
        if isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount(QModelIndex())):
                head = model.headerData(column, Qt.Orientation.Horizontal)
                add(widget, f"column {column}", head if isinstance(head, str) else "")
    return found


# The guide is translated as files (resources/help/<language>/), not string by string.
GUIDE = {"helpTopics", "helpText"}
# Month names come from Qt's locale data, in the language in use.
MONTHS = "|".join(
    QLocale(QLocale.Language.English).monthName(m, form)
    for m in range(1, 13)
    for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)
)
DATA = [
    r"[-+]?£[\d,]+(\.\d\d)?",  # money
    r"<[^>]+>",  # rich text markup
    rf"\d{{1,2}} ({MONTHS})[a-z]* \d{{4}}",  # dates
    rf"\b({MONTHS})\b",  # months on their own, from the locale
    r"\d+(\.\d+)?",  # numbers, versions
    r"[\s\u2066-\u2069&()\[\]:;,.·•—–/+=%…'\"“”‘’?!-]",  # spaces, punctuation, shortcut marks
    r"Ctrl|Alt|Shift|F\d+|Del|Return|Enter|Esc|Space|PgUp|PgDown|Page Up|Page Down",  # keys
]


def untranslated(words: str, data: set[str]) -> str:
    """What is left of ``words`` once translated parts ⟪…⟫ and data are taken out."""
    left = words
    while (shorter := re.sub(r"⟪[^⟪⟫]*⟫", "", left)) != left:
        left = shorter
    for value in sorted(data, key=len, reverse=True):
        left = left.replace(value, "")
    for pattern in DATA:
        left = re.sub(pattern, "", left)
    return left.strip()


#: (page, button) that opens a dialog the walk looks at too.
DIALOG_BUTTONS = [
    ("money", "add_button"),
    ("money", "transfer_button"),
    ("money", "import_button"),
    ("plan", "add_line"),
    ("plan", "add_account"),
    ("staff", "add_button"),
]


def test_every_word_on_the_main_pages_can_be_translated(
    qtbot, qapp, memory_keychain, anna_with_records, catalogue
):
    vault, data = anna_with_records
    data |= {APP_NAME, "English", "Cymraeg", "اردو", str(vault.parent)}
    pseudo = PseudoTranslator(catalogue)
    qapp.installTranslator(pseudo)
    window = a_window(qtbot, memory_keychain)
    app_settings.remember_recent(vault)
    window.show_welcome()
    problems = [(w, s) for w, s in shown_words(window) if untranslated(s, data)]
    open_in(qtbot, window, vault)
    for key, _title, page in window.workspace.page_list:
        window.workspace.go_to(key)
        qtbot.waitUntil(page.isVisible, timeout=WAIT_MS)
        problems += [(f"{key}: {w}", s) for w, s in shown_words(window) if untranslated(s, data)]
    for key, button in DIALOG_BUTTONS:
        page = window.workspace.page(key)
        window.workspace.go_to(key)
        getattr(page, button).click()
        qtbot.waitUntil(
            lambda p=page: p.dialog is not None and p.dialog.isVisible(), timeout=WAIT_MS
        )
        dialog = page.dialog
        problems += [
            (f"{key} {button}: {w}", s) for w, s in shown_words(dialog) if untranslated(s, data)
        ]
        dialog.reject()
        qtbot.waitUntil(lambda p=page: p.dialog is None, timeout=WAIT_MS)
    window.show_about()
    qtbot.waitUntil(lambda: window.about_dialog.isVisible(), timeout=WAIT_MS)
    problems += [(w, s) for w, s in shown_words(window.about_dialog) if untranslated(s, data)]
    unique = sorted(set(problems))
    assert not unique, f"{len(unique)} pieces of text are not translatable:\n" + "\n".join(
        f"  {where}: {words!r}" for where, words in unique
    )


# Right to left --------------------------------------------------------------------------------


def test_in_urdu_the_window_is_mirrored_and_the_money_table_starts_on_the_right(
    qtbot, qapp, memory_keychain, anna_with_records
):
    vault, _data = anna_with_records
    assert language.install(qapp, "ur") in ("ur", "en")  # "en" until dpkeeper_ur.qm is built
    window = a_window(qtbot, memory_keychain)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    open_in(qtbot, window, vault)
    window.workspace.go_to("money")
    table = window.workspace.money.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 0, timeout=WAIT_MS)
    model = table.model()
    first = table.visualRect(model.index(0, 0))
    last = table.visualRect(model.index(0, model.columnCount() - 1))
    assert first.left() > last.left(), "the first column (the date) is on the right"
    nav = window.workspace.nav
    assert nav.mapTo(window, nav.rect().topLeft()).x() > window.width() / 2, "pages list on right"
    balances = [
        model.index(row, column).data()
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]
    negative = [b for b in balances if isinstance(b, str) and "-£" in b]
    assert negative, "Anna's balance goes below nothing after paying Jane"
    assert all(b.startswith("\u2066-£") and b.endswith("\u2069") for b in negative), (
        "amounts are isolated so they read -£12.50, never £12.50-"
    )


def test_in_english_the_window_reads_left_to_right_with_plain_amounts(qtbot, qapp, memory_keychain):
    language.install(qapp, "en")
    window = a_window(qtbot, memory_keychain)
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QLocale().name() == "en_GB"


# Choosing a language --------------------------------------------------------------------------


def choose_by_keyboard(qtbot, picker, code: str) -> None:
    """Arrow down the list to ``code`` (nothing changes yet), then Tab to the button, press it."""
    picker.list.setFocus()
    while picker.code() != code:
        qtbot.keyClick(picker.list, Qt.Key.Key_Down)
    assert not language._windows, "moving through the list changes nothing"
    qtbot.keyClick(picker.list, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is picker.use, "Tab goes from the list to its button"
    qtbot.keyClick(picker.use, Qt.Key.Key_Space)


def translation_of(context: str, source: str, code: str) -> str | None:
    """The finished translation in resources/translations/dpkeeper_<code>.ts, if there is one."""
    root = ElementTree.parse(TRANSLATIONS / f"dpkeeper_{code}.ts").getroot()
    for named in root.iter("context"):
        if named.findtext("name") != context:
            continue
        for message in named.iter("message"):
            made = message.find("translation")
            if message.findtext("source") == source and made is not None:
                return None if made.get("type") else made.text
    return None


@pytest.fixture
def built_translations(tmp_path, monkeypatch) -> Path:
    """The .qm files compiled from the .ts files, as `make` does, into this test's own folder."""
    lrelease = Path(lupdate()).with_name("pyside6-lrelease")
    for ts in TRANSLATIONS.glob("dpkeeper_*.ts"):
        qm = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    monkeypatch.setattr(language, "translations_folder", lambda: str(tmp_path))
    return tmp_path


def test_choosing_welsh_on_the_welcome_screen_is_kept_and_redraws_the_window_in_welsh(
    qtbot, qapp, memory_keychain, built_translations
):
    window = a_window(qtbot, memory_keychain)
    choose_by_keyboard(qtbot, window.welcome.language, "cy")
    qtbot.waitUntil(lambda: bool(language._windows), timeout=WAIT_MS)
    welsh = language._windows[0]
    qtbot.addWidget(welsh)
    assert app_settings.language() == "cy"
    assert welsh is not window and welsh.isVisible() and not window.isVisible()
    assert QLocale().name() == "cy_GB"
    assert welsh.welcome.language.code() == "cy"
    assert not welsh.welcome.language.use.isEnabled(), "Welsh is the language in use"
    expected = translation_of("WelcomePage", "&Create a new vault", "cy")
    if expected:
        assert welsh.welcome.create.text() == expected
    else:
        assert welsh.welcome.create.text() == "&Create a new vault"


def test_switching_to_urdu_in_settings_keeps_the_vault_open_and_shows_settings_again(
    qtbot, qapp, memory_keychain, anna_with_records, built_translations, monkeypatch
):
    vault, _data = anna_with_records
    asked = []
    monkeypatch.setattr(
        language, "ask_to_switch_now", lambda parent, name: asked.append(name) or True
    )
    window = a_window(qtbot, memory_keychain)
    open_in(qtbot, window, vault)
    session = window.session
    window.workspace.go_to("settings")
    choose_by_keyboard(qtbot, window.workspace.settings.language, "ur")
    qtbot.waitUntil(lambda: bool(language._windows), timeout=WAIT_MS)
    urdu = language._windows[0]
    qtbot.addWidget(urdu)
    assert asked and "اردو" in asked[0]
    assert app_settings.language() == "ur"
    assert urdu.session is session and session.conn is not None, "the same unlocked vault"
    assert urdu.workspace.pages.currentWidget() is urdu.workspace.settings
    assert urdu.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.session is None and not window.isVisible()
    urdu.close()  # closing the new window locks the vault as usual
    assert session.conn is None


def test_saying_not_now_keeps_the_choice_for_the_next_start_without_redrawing(
    qtbot, qapp, memory_keychain, anna_with_records, monkeypatch
):
    vault, _data = anna_with_records
    monkeypatch.setattr(language, "ask_to_switch_now", lambda parent, name: False)
    window = a_window(qtbot, memory_keychain)
    open_in(qtbot, window, vault)
    window.workspace.go_to("settings")
    settings = window.workspace.settings
    choose_by_keyboard(qtbot, settings.language, "cy")
    assert app_settings.language() == "cy"
    assert not language._windows and window.isVisible() and window.session is not None
    assert "next time the app starts" in settings.message.text()


def test_the_language_kept_on_this_computer_is_used_at_start(qapp, built_translations):
    app_settings.set_language("ur")
    assert language.install(qapp, app_settings.language()) == "ur"
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().name() == "ur_PK"
    assert text.translate("Reports", "Monitoring return") == QCoreApplication.translate(
        "Reports", "Monitoring return"
    ), "the statement PDFs use the same translator"
    app_settings.set_language("")
    assert app_settings.language() == ""
    language.install(qapp, "")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight or QLocale.system().name()


def test_an_unknown_language_in_the_settings_file_means_the_computers_language(private_folders):
    settings = private_folders / "config" / "settings.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text('{"language": "klingon"}', encoding="utf-8")
    assert app_settings.language() == ""
    with pytest.raises(ValueError):
        app_settings.set_language("klingon")


def test_the_language_list_names_each_language_in_its_own_words(qtbot, qapp):
    QApplication.processEvents()
    from dpkeeper.ui.widgets.language_choice import LanguageChoice

    choice = LanguageChoice()
    qtbot.addWidget(choice)
    shown = [choice.list.itemText(i) for i in range(choice.list.count())]
    assert shown[0] == "Use the computer's language"
    assert shown[1] == "English"
    assert "Cymraeg" in shown[2] and "Welsh" in shown[2]
    assert "اردو" in shown[3] and "Urdu" in shown[3]
    assert choice.list.accessibleName() == "Language"
    assert not choice.use.isEnabled(), "the language in use needs no button"
