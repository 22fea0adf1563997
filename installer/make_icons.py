"""Render ``resources/icons/direct-payments-keeper.svg`` in every size the installers need.

Run after changing the SVG: ``.venv/bin/python installer/make_icons.py``. It writes PNGs (Linux,
window icon), ``.ico`` (Windows) and ``.icns`` (macOS) next to the SVG. The results are committed,
so building an installer does not need this step.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
NAME = "direct-payments-keeper"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ICONS / f"{NAME}.svg"))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - Qt needs it
    images = {}
    for size in PNG_SIZES:
        png = render(size)
        (ICONS / f"{NAME}-{size}.png").write_bytes(png)
        images[size] = Image.open(io.BytesIO(png))
    images[256].save(ICONS / f"{NAME}.ico", sizes=[(s, s) for s in ICO_SIZES])
    images[512].save(ICONS / f"{NAME}.icns")
    print(f"Icons written to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
