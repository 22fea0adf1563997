"""Wrap the PyInstaller folder ``dist/dpkeeper`` in a .deb: ``dpkeeper_<version>-1_<arch>.deb``.

``make package`` runs PyInstaller and then this. The package holds:

- ``/opt/dpkeeper/``: the frozen app (two programs and their ``_internal`` folder);
- ``/usr/bin/direct-payments-keeper`` (the desktop app) and ``/usr/bin/dpkeeper`` (the command
  line), links to the programs in ``/opt``;
- the ``.desktop`` entry and the icon in every size, so the app appears in the desktop's menu.

The version comes from ``desktop/dpkeeper/__init__.py``. ``--compression zstd`` builds in about
a second (CI); ``xz`` (the default) takes about a minute and makes a smaller file for releases.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PACKAGE = "dpkeeper"
DEBIAN_REVISION = "1"
APP_ID = "direct-payments-keeper"
PROGRAMS = {"direct-payments-keeper": APP_ID, "dpkeeper": "dpkeeper"}  # /usr/bin name: program
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MAINTAINER = os.environ.get(
    "DEB_MAINTAINER", "Direct Payments Keeper authors <maintainers@dpkeeper.invalid>"
)

# What the bundled Qt needs from the system (checked with ldd on the bundled plugins and libraries:
# `make package-test` fails if an installed copy still misses one). Qt bundles libxcb-cursor,
# xkbcommon, fontconfig and dbus itself, but they need the system's data files (keyboard maps,
# font settings), which these packages bring.
DEPENDS = (
    # libc6 (>= the newest glibc any bundled file asks for) is added by glibc_floor().
    "libstdc++6 (>= 11)",  # bundled files ask for GLIBCXX_3.4.29 at most; see MAX_GLIBCXX
    "libgcc-s1",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libdbus-1-3",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libwayland-client0",
    "libwayland-cursor0",
    "libwayland-egl1",
)
MAX_GLIBCXX = 29  # GLIBCXX_3.4.29 comes with GCC 11's libstdc++6
RECOMMENDS = ("gnome-keyring | kwalletmanager | keepassxc",)  # "Remember on this computer"
SUGGESTS = ("cups",)  # printing statements

DESCRIPTION = """\
Keep the records for your social-care direct payments
 Direct Payments Keeper keeps track of a direct payment: money in and out,
 receipts, your personal assistants' hours and pay, and the statements your
 council asks for. Everything stays private, in an encrypted vault on your
 own computer."""


def app_version() -> str:
    """The version, read from the one place it is written (without importing the app)."""
    text = (ROOT / "desktop" / "dpkeeper" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE).group(1)


def debian_version(version: str) -> str:
    """0.2.0rc1 -> 0.2.0~rc1-1, so a release candidate sorts before the release."""
    return re.sub(r"(\d)((?:a|b|rc|dev)\d*)$", r"\1~\2", version) + f"-{DEBIAN_REVISION}"


def architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], check=True, capture_output=True, text=True
    ).stdout.strip()


def package_name(version: str, arch: str) -> str:
    return f"{PACKAGE}_{debian_version(version)}_{arch}.deb"


def _newest(folder: Path, pattern: bytes) -> int:
    """The highest number N in ``pattern`` (e.g. GLIBC_2.N) named by any file in ``folder``."""
    found = 0
    regex = re.compile(pattern)
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            for match in regex.finditer(path.read_bytes()):
                found = max(found, int(match.group(1)))
    return found


def glibc_floor(frozen: Path) -> str:
    """The frozen app runs only where glibc is at least as new as what its files were built
    against: the build machine's, for the libraries PyInstaller copied from it."""
    too_new = _newest(frozen, rb"GLIBCXX_3\.4\.(\d+)")
    if too_new > MAX_GLIBCXX:
        raise SystemExit(f"A bundled file needs GLIBCXX_3.4.{too_new}: raise libstdc++6 in DEPENDS")
    glibc = _newest(frozen, rb"GLIBC_2\.(\d+)")
    return f"libc6 (>= 2.{glibc})"


def control(version: str, arch: str, installed_kib: int, libc: str) -> str:
    fields = {
        "Package": PACKAGE,
        "Version": debian_version(version),
        "Section": "utils",
        "Priority": "optional",
        "Architecture": arch,
        "Maintainer": MAINTAINER,
        "Installed-Size": str(installed_kib),
        "Depends": ", ".join((libc, *DEPENDS)),
        "Recommends": ", ".join(RECOMMENDS),
        "Suggests": ", ".join(SUGGESTS),
        "Description": DESCRIPTION,
    }
    return "".join(f"{key}: {value}\n" for key, value in fields.items())


COPYRIGHT = """\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Direct Payments Keeper

Files: *
Copyright: The Direct Payments Keeper authors
License: All rights reserved.

Files: opt/dpkeeper/_internal/PySide6/*
Copyright: The Qt Company Ltd. and other contributors
License: LGPL-3.0-only
 On Debian systems the full licence is in /usr/share/common-licenses/LGPL-3.

Files: opt/dpkeeper/_internal/resources/fonts/*
Copyright: Bitstream, Inc. and the DejaVu fonts team
License: Bitstream-Vera
 See opt/dpkeeper/_internal/resources/fonts/LICENSE-DejaVu.txt.
"""


def _tidy_permissions(root: Path) -> None:
    """Directories 755, programs and libraries 755, everything else 644 (lintian's rules)."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            executable = path.stat().st_mode & 0o111
            path.chmod(0o755 if executable else 0o644)


def stage(frozen: Path, root: Path) -> None:
    """Lay out the package's files under ``root``, as they will be on the person's computer."""
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(frozen, root / "opt" / PACKAGE, symlinks=True)
    bin_dir = root / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    for command, program in PROGRAMS.items():
        # The PyInstaller start-up program follows the link to find its _internal folder.
        (bin_dir / command).symlink_to(f"/opt/{PACKAGE}/{program}")
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy(HERE / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    icons = ROOT / "resources" / "icons"
    for size in ICON_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy(icons / f"{APP_ID}-{size}.png", folder / f"{APP_ID}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy(icons / f"{APP_ID}.svg", scalable / f"{APP_ID}.svg")
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(COPYRIGHT)
    _tidy_permissions(root)


def installed_size_kib(root: Path) -> int:
    total = sum(p.lstat().st_size for p in root.rglob("*") if p.is_file() or p.is_symlink())
    return (total + 1023) // 1024


def build(frozen: Path, out_dir: Path, compression: str) -> Path:
    for program in PROGRAMS.values():
        if not (frozen / program).is_file():
            raise SystemExit(f"{frozen / program} is missing: run PyInstaller first")
    version, arch = app_version(), architecture()
    root = ROOT / "build" / "deb" / "root"
    stage(frozen, root)
    (root / "DEBIAN").mkdir()
    libc = glibc_floor(frozen)
    (root / "DEBIAN" / "control").write_text(control(version, arch, installed_size_kib(root), libc))
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / package_name(version, arch)
    subprocess.run(
        ["dpkg-deb", "--build", "--root-owner-group", f"-Z{compression}", str(root), str(out)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frozen", type=Path, default=ROOT / "dist" / PACKAGE)
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--compression", choices=("xz", "zstd", "gzip"), default="xz")
    parser.add_argument(
        "--print-name", action="store_true", help="print the package's file name and stop"
    )
    args = parser.parse_args(argv)
    if args.print_name:
        print(package_name(app_version(), architecture()))
        return 0
    out = build(args.frozen, args.out, args.compression)
    print(f"Built {out} ({out.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
