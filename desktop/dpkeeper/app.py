"""Starting the desktop app: ``python -m dpkeeper`` or ``dpkeeper-gui``."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from dpkeeper import APP_NAME, __version__
from dpkeeper.startup import harden_process

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def _install_translations(app: QApplication) -> None:
    """Qt's own strings and ours, in the person's language when a translation exists."""
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("dpkeeper", str(TRANSLATIONS)),
    ):
        translator = QTranslator(app)
        if translator.load(QLocale(), name, "_", folder):
            app.installTranslator(translator)


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()
    app = QApplication(list(argv if argv is not None else sys.argv))
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    _install_translations(app)

    from dpkeeper.ui import clipboard, theme
    from dpkeeper.ui.main_window import MainWindow

    theme.apply(app)
    clipboard.guard().watch_copies()
    window = MainWindow()
    window.show()
    vaults = [a for a in app.arguments()[1:] if not a.startswith("-")]
    if vaults:  # `python -m dpkeeper PATH.dpvault` goes straight to that vault's unlock screen
        window.open_vault(Path(vaults[0]))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
