"""The self-test's checks that need Qt: plugins, image formats, translations, the main window.

``dpkeeper.self_test`` runs them with the rest; Qt stays under ``ui/`` (DESIGN.md).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from dpkeeper import APP_NAME, __version__, paths


class Missing(Exception):
    """A part the app needs is not there or does not work."""


def _plugin_file(kind: str, name: str) -> Path:
    from PySide6.QtCore import QCoreApplication

    if sys.platform == "win32":
        file_name = f"q{name}.dll"
    elif sys.platform == "darwin":
        file_name = f"libq{name}.dylib"
    else:
        file_name = f"libq{name}.so"
    for folder in QCoreApplication.libraryPaths():
        candidate = Path(folder) / kind / file_name
        if candidate.is_file():
            return candidate
    raise Missing(f"{kind}/{file_name} is not in {', '.join(QCoreApplication.libraryPaths())}")


def platform_plugin_check(name: str) -> Callable[[], str]:
    def run() -> str:
        from PySide6.QtCore import QPluginLoader

        path = _plugin_file("platforms", name)
        loader = QPluginLoader(str(path))
        # Loading finds missing system libraries (libxcb-cursor0 and friends) without a screen.
        if not loader.load():
            raise Missing(loader.errorString())
        return str(path)

    return run


def image_format_check(name: str) -> Callable[[], str]:
    def run() -> str:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice
        from PySide6.QtGui import QColor, QImage, QImageReader

        supported = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
        if name not in supported:
            raise Missing(f"Qt reads only {', '.join(sorted(supported))}")
        image = QImage(8, 8, QImage.Format.Format_RGB32)
        image.fill(QColor("#2f6b78"))
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, name.upper()):
            raise Missing(f"Qt could not write a {name} picture")
        if QImage.fromData(data).isNull():
            raise Missing(f"Qt could not read a {name} picture back")
        return f"reads and writes {name}"

    return run


def check_translations(translations: tuple[str, ...]) -> str:
    from PySide6.QtCore import QTranslator

    folder = paths.resources_dir() / "translations"
    for name in translations:
        if not QTranslator().load(str(folder / name)):
            raise Missing(f"{name} not found or unreadable in {folder}")
    return f"Welsh and Urdu from {folder}"


def check_main_window() -> str:
    from PySide6.QtCore import QCoreApplication

    from dpkeeper.ui.main_window import MainWindow

    window = MainWindow()
    window.close()
    window.deleteLater()
    QCoreApplication.processEvents()
    return "the main window and its pages load"


def report_header() -> str:
    from PySide6 import __version__ as pyside_version

    frozen = "installed app" if getattr(sys, "frozen", False) else "from source"
    python = ".".join(map(str, sys.version_info[:3]))
    return (
        f"{APP_NAME} {__version__} self-test ({frozen}; Python {python}, "
        f"Qt {pyside_version}, platform {os.environ.get('QT_QPA_PLATFORM', 'default')})"
    )


def start_app() -> object:
    """The QApplication the checks need (offscreen unless ``QT_QPA_PLATFORM`` says otherwise)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
