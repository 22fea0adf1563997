"""App settings kept outside any vault: the list of recently opened vault folders, and how the
app looks on this computer (text size, high contrast) and the language it speaks.

Nothing personal is stored here beyond the folder paths the person chose.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
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


#: Text sizes offered, as a percentage of the computer's own text size.
TEXT_SIZES = (100, 125, 150, 175, 200)


@dataclass(frozen=True, slots=True)
class Display:
    """How the app looks on this computer: before any vault is open, and for every vault."""

    text_percent: int = 100
    high_contrast: bool = False


def display() -> Display:
    stored = _load().get("display", {})
    if not isinstance(stored, dict):
        return Display()
    percent = stored.get("text_percent", 100)
    if not isinstance(percent, int) or percent not in TEXT_SIZES:
        percent = 100
    return Display(percent, stored.get("high_contrast") is True)


def set_display(choice: Display) -> None:
    if choice.text_percent not in TEXT_SIZES:
        raise ValueError(f"text size {choice.text_percent}% is not one of {TEXT_SIZES}")
    data = _load()
    data["display"] = {"text_percent": choice.text_percent, "high_contrast": choice.high_contrast}
    with contextlib.suppress(OSError):  # an unwritable settings folder only costs the choice
        _save(data)


def tour_seen() -> bool:
    """Whether the first-run tour was shown on this computer (it is offered once, not per vault)."""
    return _load().get("tour_seen") is True


def remember_tour_seen() -> None:
    data = _load()
    data["tour_seen"] = True
    with contextlib.suppress(OSError):  # at worst the tour is offered again next time
        _save(data)


#: Languages the app is translated into, by code; "" means the computer's own language.
LANGUAGES = ("en", "cy", "ur")


def language() -> str:
    """The language chosen on this computer, or "" to follow the computer's own."""
    chosen = _load().get("language", "")
    return chosen if chosen in LANGUAGES else ""


def set_language(code: str) -> None:
    if code and code not in LANGUAGES:
        raise ValueError(f"language {code!r} is not one of {LANGUAGES}")
    data = _load()
    data["language"] = code
    with contextlib.suppress(OSError):  # an unwritable settings folder only costs the choice
        _save(data)
