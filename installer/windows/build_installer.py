"""Build the Windows setup program with NSIS: ``DirectPaymentsKeeper-<version>-setup.exe``.

On Windows, after PyInstaller has made ``dist/dpkeeper``::

    python installer/windows/build_installer.py

Anywhere NSIS is installed (Debian: ``apt-get install nsis``), to check that the script compiles,
with a stand-in folder instead of the real program (what ``make installer-check`` and CI do)::

    python installer/windows/build_installer.py --stand-in

The version comes from ``desktop/dpkeeper/__init__.py``.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "installer" / "windows" / "dpkeeper.nsi"
ICON = ROOT / "resources" / "icons" / "direct-payments-keeper.ico"
PROGRAMS = ("direct-payments-keeper.exe", "dpkeeper.exe")


def app_version() -> str:
    """The version, read from the one place it is written (without importing the app)."""
    text = (ROOT / "desktop" / "dpkeeper" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE).group(1)


def windows_version(version: str) -> str:
    """Four numbers for Windows' file details: 1.2.0rc1 -> 1.2.0.0."""
    numbers = [int(re.match(r"\d+", part).group()) for part in version.split(".")[:3]]
    return ".".join(map(str, (numbers + [0, 0, 0, 0])[:4]))


def setup_name(version: str) -> str:
    return f"DirectPaymentsKeeper-{version}-setup.exe"


def make_stand_in(folder: Path) -> Path:
    """A folder shaped like PyInstaller's, with placeholder files instead of programs."""
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "_internal").mkdir(parents=True)
    for name in PROGRAMS:
        (folder / name).write_text("stand-in for a compile check, not a program\n")
    (folder / "_internal" / "README.txt").write_text("stand-in payload\n")
    return folder


def build(payload: Path, out_dir: Path, version: str) -> Path:
    missing = [name for name in PROGRAMS if not (payload / name).is_file()]
    if missing:
        raise SystemExit(f"{payload} has no {', '.join(missing)}: run PyInstaller first")
    makensis = shutil.which("makensis")
    if makensis is None:
        raise SystemExit("makensis not found: install NSIS (Debian: apt-get install nsis)")
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / setup_name(version)
    defines = {
        "VERSION": version,
        "VIVERSION": windows_version(version),
        "PAYLOAD": str(payload.resolve()),
        "OUTFILE": str(out.resolve()),
        "ICON": str(ICON),
    }
    # -WX: warnings are errors, so a script problem fails the check.
    command = [makensis, "-V2", "-WX", *(f"-D{k}={v}" for k, v in defines.items()), str(SCRIPT)]
    subprocess.run(command, check=True)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--payload", type=Path, default=ROOT / "dist" / "dpkeeper")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument(
        "--stand-in", action="store_true", help="compile against placeholder files (a check)"
    )
    args = parser.parse_args(argv)
    payload = args.payload
    out_dir = args.out
    if args.stand_in:
        payload = make_stand_in(ROOT / "build" / "nsis-stand-in")
        out_dir = ROOT / "build" / "nsis-check"
    out = build(payload, out_dir, app_version())
    print(f"Built {out} ({out.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
