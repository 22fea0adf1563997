"""Process-wide safety settings applied before any secret is handled (SECURITY.md R21)."""

from __future__ import annotations

import contextlib
import sys


def harden_process() -> None:
    """Best effort: no core dumps that could hold keys or records."""
    if sys.platform.startswith("linux") or sys.platform == "darwin":
        import resource

        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            pr_set_dumpable = 4
            ctypes.CDLL(None, use_errno=True).prctl(pr_set_dumpable, 0, 0, 0, 0)
