"""App settings kept outside any vault: only the list of recently opened vault folders.

Nothing personal is stored here beyond the folder paths the person chose.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from dpkeeper.paths import config_dir
from dpkeeper.vault.atomic import write_atomically

SETTINGS_NAME = "settings.json"
MAX_RECENT = 8


def _settings_path() -> Path:
    return config_dir() / SETTINGS_NAME


def _load() -> dict:
    try:
        data = json.loads(_settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _save(data: dict) -> None:
    path = _settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, (json.dumps(data, indent=2) + "\n").encode("utf-8"))


def recent_vaults() -> list[Path]:
    """Vault folders opened before, newest first, leaving out any that have gone."""
    entries = _load().get("recent_vaults", [])
    paths = [Path(p) for p in entries if isinstance(p, str)]
    return [p for p in paths if p.is_dir()]


def remember_recent(folder: Path) -> None:
    folder = Path(folder).absolute()
    others = [str(p) for p in recent_vaults() if p != folder]
    data = _load()
    data["recent_vaults"] = [str(folder), *others][:MAX_RECENT]
    with contextlib.suppress(OSError):  # an unwritable settings folder only costs the list
        _save(data)
