"""Saving the printable recovery sheet: the one file the app writes that holds a secret.

It is an export the person asks for, so it is written where they choose and nowhere else.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dpkeeper.domain.errors import UnreadableInput
from dpkeeper.domain.text import QT_TRANSLATE_NOOP


def save_recovery_sheet(target: Path, person_name: str, vault_folder: Path, code: str) -> None:
    # Imported here: the PDF library takes a fifth of a second to load, and starting the app
    # (where this is first reachable) should not wait for it.
    from dpkeeper.reports.recovery_sheet import RecoverySheet, write_recovery_sheet

    sheet = RecoverySheet(
        person_name=person_name, vault_folder=Path(vault_folder), code=code, made_on=date.today()
    )
    try:
        write_recovery_sheet(sheet, Path(target))
    except OSError as exc:
        raise UnreadableInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The recovery sheet could not be saved to {path} ({reason}). "
                "Please choose another folder, such as Documents.",
            ),
            path=target,
            reason=exc.strerror or exc.__class__.__name__,
        ) from exc
