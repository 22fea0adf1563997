"""Start-up hardening (SECURITY.md R21): core dumps are switched off at start-up."""

from __future__ import annotations

import subprocess
import sys

import pytest

from dpkeeper import cli

_REPORT = """
import ctypes, resource
from dpkeeper.startup import harden_process
harden_process()
pr_get_dumpable = 3
dumpable = ctypes.CDLL(None).prctl(pr_get_dumpable, 0, 0, 0, 0)
print(resource.getrlimit(resource.RLIMIT_CORE)[0], dumpable)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux-only")
def test_hardening_switches_core_dumps_off_and_makes_the_process_undumpable():
    shown = subprocess.run([sys.executable, "-c", _REPORT], capture_output=True, text=True)
    assert shown.stdout.split() == ["0", "0"], shown.stderr


def test_the_command_line_hardens_before_reading_its_arguments(monkeypatch, capsys):
    calls = []
    monkeypatch.setattr(cli, "harden_process", lambda: calls.append("hardened"))
    assert cli.main(["--version"]) == 0
    assert calls == ["hardened"]
