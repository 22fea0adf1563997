"""Starting the desktop app: ``python -m dpkeeper``, ``dpkeeper-gui`` or the installed
``direct-payments-keeper``. ``--self-test`` checks an installed copy instead (see ``self_test.py``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from dpkeeper import APP_NAME, __version__, paths
from dpkeeper.startup import harden_process

#: The installed .desktop file's name, so Wayland desktops show the app's own icon and name.
DESKTOP_FILE_NAME = "direct-payments-keeper"


def _app_icon() -> QIcon:
    icon = QIcon()
    for png in sorted((paths.resources_dir() / "icons").glob("direct-payments-keeper-*.png")):
        icon.addFile(str(png))
    return icon


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()
    arguments = list(argv if argv is not None else sys.argv)
    if "--self-test" in arguments[1:]:
        from dpkeeper import self_test

        return self_test.main()
    app = QApplication(arguments)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setWindowIcon(_app_icon())
    from dpkeeper.services import app_settings
    from dpkeeper.ui import language

    language.install(app, app_settings.language())  # before any widget is made

    from dpkeeper.ui import clipboard, theme
    from dpkeeper.ui.main_window import MainWindow

    theme.apply(app)
    clipboard.guard().watch_copies()
    window = MainWindow()
    window.show()
    vaults = [a for a in app.arguments()[1:] if not a.startswith("-")]
    if vaults:  # `python -m dpkeeper PATH.dpvault` goes straight to that vault's unlock screen
        window.open_vault(Path(vaults[0]))
    if os.environ.get("DPKEEPER_EXIT_WHEN_READY"):  # `make bench` times a cold start with it
        QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
