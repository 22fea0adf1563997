"""Where the app keeps its settings and, by default, new vaults. No personal data goes here.

``DPKEEPER_CONFIG_DIR`` and ``DPKEEPER_DATA_DIR`` override the defaults (tests use them).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from dpkeeper import APP_NAME


def config_dir() -> Path:
    """The folder for app settings (the list of recent vaults, window sizes)."""
    override = os.environ.get("DPKEEPER_CONFIG_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / APP_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_NAME
    return Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / "dpkeeper"


def default_vault_folder() -> Path:
    """Where new vaults are suggested: a folder in the person's Documents."""
    override = os.environ.get("DPKEEPER_DATA_DIR")
    if override:
        return Path(override)
    documents = Path.home() / "Documents"
    return (documents if documents.is_dir() else Path.home()) / APP_NAME


def resources_dir() -> Path:
    """The app's data files (rate tables, translations): beside the code, or in the frozen app."""
    override = os.environ.get("DPKEEPER_RESOURCES_DIR")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"
