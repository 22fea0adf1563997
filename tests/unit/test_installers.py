"""The installers take the version from ``dpkeeper.__version__`` and name their files with it."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

import dpkeeper

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"


def load(relative: str):
    spec = importlib.util.spec_from_file_location(Path(relative).stem, INSTALLER / relative)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build_deb = load("linux/build_deb.py")
build_installer = load("windows/build_installer.py")


def test_the_version_is_written_only_in_the_package_init():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert "version" not in project and "version" in project["dynamic"]
    dynamic = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    assert dynamic["dynamic"]["version"] == {"attr": "dpkeeper.__version__"}
    version = re.escape(dpkeeper.__version__)
    for path in INSTALLER.rglob("*"):
        if path.is_file() and path.suffix in (".py", ".spec", ".nsi", ".sh", ".desktop", ".md"):
            assert not re.search(rf"\b{version}\b", path.read_text()), path


def test_every_installer_reads_the_same_version():
    assert build_deb.app_version() == dpkeeper.__version__
    assert build_installer.app_version() == dpkeeper.__version__
    spec = (INSTALLER / "dpkeeper.spec").read_text()
    assert "from dpkeeper import APP_NAME, __version__" in spec
    assert '"CFBundleShortVersionString": __version__' in spec


def test_package_file_names_carry_the_version():
    version = dpkeeper.__version__
    assert build_deb.package_name(version, "amd64") == f"dpkeeper_{version}-1_amd64.deb"
    assert build_installer.setup_name(version) == f"DirectPaymentsKeeper-{version}-setup.exe"


def test_a_release_candidate_sorts_before_its_release():
    assert build_deb.debian_version("1.2.0rc1") == "1.2.0~rc1-1"
    assert build_installer.windows_version("1.2.0rc1") == "1.2.0.0"
    assert build_installer.windows_version("2.1") == "2.1.0.0"


def test_the_deb_control_file_names_the_version_and_the_libraries_qt_needs():
    control = build_deb.control("1.4.0", "amd64", 204_000, "libc6 (>= 2.36)")
    fields = dict(line.split(": ", 1) for line in control.splitlines() if ": " in line)
    assert fields["Package"] == "dpkeeper" and fields["Version"] == "1.4.0-1"
    depends = fields["Depends"].split(", ")
    assert depends[0] == "libc6 (>= 2.36)"
    for library in ("libxcb-cursor0", "libxcb-icccm4", "libxkbcommon-x11-0", "libwayland-egl1"):
        assert library in depends


def test_the_glibc_floor_is_the_newest_version_any_bundled_file_asks_for(tmp_path):
    (tmp_path / "libold.so").write_bytes(b"\x7fELF...GLIBC_2.17\x00GLIBC_2.34\x00")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "libnew.so").write_bytes(b"GLIBC_2.36\x00GLIBCXX_3.4.29\x00")
    assert build_deb.glibc_floor(tmp_path) == "libc6 (>= 2.36)"
    (tmp_path / "libcxx.so").write_bytes(b"GLIBCXX_3.4.33\x00")
    with pytest.raises(SystemExit, match="GLIBCXX_3.4.33"):
        build_deb.glibc_floor(tmp_path)


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_the_desktop_entry_passes_desktop_file_validate():
    entry = INSTALLER / "linux" / "direct-payments-keeper.desktop"
    shown = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert shown.returncode == 0 and not shown.stdout, shown.stdout
