"""The language the app speaks: the computer's own, or one chosen in Settings or on the welcome
screen, kept in the app settings of this computer.

Qt cannot re-translate widgets that already exist (each page sets its words once, when it is
made), so changing language makes the window again. The open vault is handed to the new window
as it is: still unlocked, never closed and opened again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from dpkeeper import paths
from dpkeeper.domain import text
from dpkeeper.domain.text import QT_TRANSLATE_NOOP
from dpkeeper.services import app_settings

#: (code, the language's own name, its name in English for translating). "" is the computer's.
CHOICES: tuple[tuple[str, str, str], ...] = (
    ("en", "English", QT_TRANSLATE_NOOP("Language", "English")),
    ("cy", "Cymraeg", QT_TRANSLATE_NOOP("Language", "Welsh")),
    ("ur", "اردو", QT_TRANSLATE_NOOP("Language", "Urdu")),
)
COMPUTER = QT_TRANSLATE_NOOP("Language", "Use the computer's language")
LOCALES = {"en": "en_GB", "cy": "cy_GB", "ur": "ur_PK"}

_TRANSLATOR_NAME = "dpkeeperTranslator"
_windows: list[QMainWindow] = []  # the window made for a new language, kept alive here


def translations_folder() -> str:
    return str(paths.resources_dir() / "translations")


def install(app: QCoreApplication, code: str) -> str:
    """Translate the app into ``code`` ("" for the computer's language) and lay it out in that
    language's direction. Returns the code of the language now in use ("en" if none fits)."""
    for old in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.deleteLater()
    wanted = QLocale(LOCALES[code]) if code in LOCALES else QLocale.system()
    ours = QTranslator(app)
    ours.setObjectName(_TRANSLATOR_NAME)
    in_use = "en"
    if code != "en" and ours.load(wanted, "dpkeeper", "_", translations_folder()):
        in_use = QLocale(ours.language()).name().split("_")[0]
        qt_own = QTranslator(app)
        qt_own.setObjectName(_TRANSLATOR_NAME)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(wanted, "qtbase", "_", qt_folder):
            app.installTranslator(qt_own)
        app.installTranslator(ours)
    shown = QLocale(LOCALES[in_use]) if code or in_use != "en" else QLocale.system()
    QLocale.setDefault(shown)  # dates and month names follow the words
    if isinstance(app, QGuiApplication):
        direction = QLocale(LOCALES.get(in_use, "en_GB")).textDirection()
        app.setLayoutDirection(direction)
        if in_use == "ur":
            _add_urdu_font()
    text.use_translator(QCoreApplication.translate)  # statement PDFs, made below the UI
    return in_use


def _add_urdu_font() -> None:
    """Let Qt use the bundled Noto Naskh Arabic for Urdu letters the computer's fonts lack."""
    global _urdu_font_added
    if not _urdu_font_added:
        for name in ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"):
            QFontDatabase.addApplicationFont(str(paths.resources_dir() / "fonts" / name))
        _urdu_font_added = True


_urdu_font_added = False


def label(code: str, own_name: str, english: str) -> str:
    """ "Cymraeg (Welsh)": a language by its own name, with its name in the language in use."""
    if not code:
        return QCoreApplication.translate("Language", COMPUTER)
    here = QCoreApplication.translate("Language", english)
    if here == own_name:
        return own_name
    return f"\u2068{own_name}\u2069 ({here})"  # isolated, so اردو keeps its place in the line


def name_of(code: str) -> str:
    for choice, own, english in CHOICES:
        if choice == code:
            return label(choice, own, english)
    return label("", "", "")


def choose(code: str, window: QMainWindow) -> QMainWindow:
    """Use ``code`` from now on on this computer, and make ``window`` again in it.

    Returns the new window (the same one if nothing changed). The caller has checked that nothing
    typed would be lost and that no background job is running.
    """
    app_settings.set_language(code)
    install(QApplication.instance(), code)
    redrawn = window.redrawn()
    _windows[:] = [redrawn]
    return redrawn


def ask_to_switch_now(parent: QWidget, name: str) -> bool:
    """With a vault open: redraw the pages now, or use the language from the next start?

    Tests answer it by replacing this function.
    """
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Language", "Change the language"),
        QCoreApplication.translate(
            "Language",
            "The app will show its pages again in %1. Your vault stays open. Anything typed "
            "on a page but not saved yet will be cleared.",
        ).replace("%1", name),
        parent=parent,
    )
    box.setObjectName("askLanguageNow")
    now = box.addButton(
        QCoreApplication.translate("Language", "Change now"), QMessageBox.ButtonRole.AcceptRole
    )
    later = box.addButton(
        QCoreApplication.translate("Language", "Next time the app starts"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(now)
    box.setEscapeButton(later)
    box.exec()
    return box.clickedButton() is now
