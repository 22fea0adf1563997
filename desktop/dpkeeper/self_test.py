"""``direct-payments-keeper --self-test``: check that an installed copy has every part it needs.

Made for installers and support: it needs no screen (Qt's offscreen platform unless
``QT_QPA_PLATFORM`` says otherwise), touches no vault of the person's, and prints one line per
part. It exits 0 when everything needed is there, or 1 after naming what is missing. A missing
keychain is only reported: the app then asks for the passphrase each time.

The checks that need Qt live in ``ui/qt_checks.py``.
"""

from __future__ import annotations

import io
import secrets
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from dpkeeper import paths
from dpkeeper.ui import qt_checks
from dpkeeper.ui.qt_checks import Missing

#: Qt platform plugins the app must be able to load, by operating system.
PLATFORM_PLUGINS = {
    "linux": ("xcb", "wayland", "offscreen"),
    "win32": ("windows", "offscreen"),
    "darwin": ("cocoa", "offscreen"),
}
#: Image formats Qt must read: receipt photos and thumbnails are JPEG (PNG is built into Qt).
IMAGE_FORMATS = ("jpeg",)
FONT_FILES = (
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "NotoNaskhArabic-Regular.ttf",
    "NotoNaskhArabic-Bold.ttf",
)
#: The interface translations shipped, as compiled Qt files.
TRANSLATIONS = ("dpkeeper_cy.qm", "dpkeeper_ur.qm")
#: keyring's entry points for this system's keychains, which a frozen app can lose.
KEYCHAIN_BACKENDS = {
    "linux": ("SecretService", "KWallet"),
    "win32": ("Windows",),
    "darwin": ("macOS",),
}


@dataclass(frozen=True, slots=True)
class Result:
    name: str
    ok: bool
    detail: str
    required: bool = True


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    run: Callable[[], str]
    required: bool = True


# -- the checks: each returns what it found, or raises ----------------------------------------


def check_sqlcipher() -> str:
    """Create a small encrypted vault database, close it, and open it again with its key."""
    from dpkeeper.vault import store

    key = bytearray(secrets.token_bytes(32))
    with tempfile.TemporaryDirectory(prefix="dpkeeper-self-test-") as folder:
        location = store.VaultLocation(Path(folder))
        conn = store.create_records(location, key)  # refuses SQLCipher older than the minimum
        version = store.cipher_version_text(conn)
        store.close(conn)
        if location.db.read_bytes()[:16] == b"SQLite format 3\x00":
            raise Missing("the database was written without encryption")
        conn = store.open_records(location, key)
        tables = store.schema_object_count(conn)
        store.close(conn)
    minimum = ".".join(map(str, store.MIN_CIPHER_VERSION))
    return (
        f"SQLCipher {version} (needs {minimum} or newer): a test vault, {tables} tables and indexes"
    )


def check_fonts() -> str:
    from reportlab.pdfbase.ttfonts import TTFont

    folder = paths.resources_dir() / "fonts"
    missing = [name for name in FONT_FILES if not (folder / name).is_file()]
    if missing:
        raise Missing(f"{', '.join(missing)} not found in {folder}")
    for name in FONT_FILES:
        TTFont(Path(name).stem, str(folder / name))  # raises if the file is damaged
    return str(folder)


def check_urdu_pdf_text() -> str:
    from dpkeeper.reports import fonts

    fonts.register()
    if not fonts.can_shape("NotoNaskhArabic-Regular"):
        raise Missing("HarfBuzz (uharfbuzz) is missing, so Urdu letters in PDFs would not join")
    return "Urdu letters join (HarfBuzz)"


def check_rate_tables() -> str:
    from dpkeeper.services import staff

    staff.rules()
    return f"minimum wage, holiday and bank holiday tables read from {paths.resources_dir()}"


def _sample_pdf() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from dpkeeper.reports import fonts

    regular, _bold = fonts.register()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    canvas.setFont(regular, 12)
    canvas.drawString(72, 760, "Direct Payments Keeper self-test: £12.34 paid to Zoë Łukasz")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def check_reportlab() -> str:
    import reportlab

    from dpkeeper.reports import fonts

    pdf = _sample_pdf()
    if not pdf.startswith(b"%PDF"):
        raise Missing("reportlab did not write a PDF")
    if fonts.register() == fonts.FALLBACK:
        raise Missing("PDFs would fall back to Helvetica: the DejaVu fonts did not load")
    return f"reportlab {reportlab.Version} wrote a {len(pdf):,} byte PDF in memory"


def check_receipt_readers() -> str:
    import pillow_heif
    import pypdfium2
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(out, "JPEG")
    pillow_heif.register_heif_opener()
    document = pypdfium2.PdfDocument(_sample_pdf())
    try:
        page = document[0]
        page.render(scale=0.2).to_pil()
        page.close()
    finally:
        document.close()
    return "Pillow (JPEG), pillow-heif (phone photos) and pdfium (PDF receipts)"


def check_keychain_support() -> str:
    """The code for this system's keychain is bundled, whether or not a keychain is running."""
    from importlib.metadata import entry_points

    found = {ep.name: ep for ep in entry_points(group="keyring.backends")}
    wanted = KEYCHAIN_BACKENDS.get(_platform(), ())
    missing = [name for name in wanted if name not in found]
    if missing:
        raise Missing(f"keyring cannot find its {', '.join(missing)} code")
    for name in wanted:
        found[name].load()
    return f"keyring can use {', '.join(wanted) or 'no keychain on this system'}"


def check_keychain() -> str:
    from dpkeeper.vault.keychain import Keychain

    keychain = Keychain()
    backend = type(keychain.backend)
    name = f"{backend.__module__}.{backend.__qualname__}"
    if keychain.usable():
        return f"{name}: 'Remember on this computer' is offered"
    raise Missing(f"none found ({name}). Fine: the app then asks for the passphrase each time")


def _platform() -> str:
    return "linux" if sys.platform.startswith("linux") else sys.platform


def checks() -> list[Check]:
    """Every check, in the order they are reported."""
    found = [Check("SQLCipher", check_sqlcipher)]
    for name in PLATFORM_PLUGINS.get(_platform(), ("offscreen",)):
        found.append(Check(f'Qt platform plugin "{name}"', qt_checks.platform_plugin_check(name)))
    for name in IMAGE_FORMATS:
        found.append(Check(f'Qt image format "{name}"', qt_checks.image_format_check(name)))
    found += [
        Check("Fonts", check_fonts),
        Check("Translations", lambda: qt_checks.check_translations(TRANSLATIONS)),
        Check("Urdu in PDFs", check_urdu_pdf_text),
        Check("Rate tables", check_rate_tables),
        Check("PDF writing", check_reportlab),
        Check("Receipt readers", check_receipt_readers),
        Check("App window", qt_checks.check_main_window),
        Check("Keychain support", check_keychain_support),
        Check("Keychain", check_keychain, required=False),
    ]
    return found


def run_checks() -> list[Result]:
    results = []
    for check in checks():
        try:
            results.append(Result(check.name, True, check.run(), check.required))
        except Exception as exc:  # noqa: BLE001 - every failure is reported, none may stop the rest
            detail = str(exc) or type(exc).__name__
            results.append(Result(check.name, False, detail, check.required))
    return results


def main() -> int:
    """Run every check and print the report; 0 when nothing needed is missing, else 1."""
    app = qt_checks.start_app()
    print(qt_checks.report_header())
    results = run_checks()
    for result in results:
        mark = "ok" if result.ok else ("MISSING" if result.required else "note")
        print(f"  {mark:<8} {result.name}: {result.detail}")
    missing = [r.name for r in results if r.required and not r.ok]
    del app
    if missing:
        print(f"Self-test failed. Missing or broken: {', '.join(missing)}.")
        return 1
    print("Self-test passed.")
    return 0
