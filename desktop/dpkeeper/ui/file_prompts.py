"""The file choosers the app shows. Kept in one place so tests can answer them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

CONTEXT = "FilePrompts"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def choose_vault(parent: QWidget, start: Path) -> Path | None:
    """Ask for an existing vault folder (its name ends in .dpvault)."""
    chosen = QFileDialog.getExistingDirectory(
        parent, _tr("Choose your vault folder (its name ends in .dpvault)"), str(start)
    )
    return Path(chosen) if chosen else None


def choose_folder(parent: QWidget, start: Path) -> Path | None:
    """Ask where a new vault should be kept."""
    chosen = QFileDialog.getExistingDirectory(
        parent, _tr("Where should the vault be kept?"), str(start)
    )
    return Path(chosen) if chosen else None


def choose_pdf_target(parent: QWidget, suggested: Path) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(
        parent, _tr("Save the recovery sheet"), str(suggested), _tr("PDF document (*.pdf)")
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


RECEIPT_FILTER = "*.jpg *.jpeg *.png *.webp *.heic *.heif *.pdf *.JPG *.JPEG *.PNG *.HEIC *.PDF"


def choose_receipt_files(parent: QWidget, start: Path | None = None) -> list[Path]:
    """Ask for one or more receipt photos or PDFs."""
    chosen, _ = QFileDialog.getOpenFileNames(
        parent,
        _tr("Choose receipt photos or PDFs"),
        str(start or Path.home()),
        _tr("Photos and PDFs (%1)").replace("%1", RECEIPT_FILTER),
    )
    return [Path(name) for name in chosen]


STATEMENT_FILTER = "*.csv *.CSV *.ofx *.OFX *.qfx *.QFX *.qif *.QIF *.txt *.TXT"


def choose_statement_file(parent: QWidget, start: Path | None = None) -> Path | None:
    """Ask for a bank statement file (CSV, OFX or QIF)."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        _tr("Choose a bank statement file"),
        str(start or Path.home()),
        _tr("Bank statement files (%1);;All files (*)").replace("%1", STATEMENT_FILTER),
    )
    return Path(chosen) if chosen else None


def choose_timesheet_folder(parent: QWidget, start: Path | None = None) -> Path | None:
    """Ask where to save timesheet PDFs (one file for each PA)."""
    chosen = QFileDialog.getExistingDirectory(
        parent, _tr("Where should the timesheets be saved?"), str(start or Path.home())
    )
    return Path(chosen) if chosen else None


def choose_statement_target(parent: QWidget, suggested: Path, filter_text: str) -> Path | None:
    """Ask where to save a statement; the name keeps the suggested ending (.pdf or .csv)."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent, _tr("Save the statement"), str(suggested), filter_text
    )
    if not chosen:
        return None
    path = Path(chosen)
    ending = suggested.suffix.lower()
    return path if path.suffix.lower() == ending else path.with_name(path.name + ending)


def choose_backup_folder(parent: QWidget, start: Path) -> Path | None:
    """Ask where to save a backup (any folder, such as a USB stick)."""
    chosen = QFileDialog.getExistingDirectory(
        parent, _tr("Where should the backup be saved? A USB stick works well."), str(start)
    )
    return Path(chosen) if chosen else None


def choose_backup_source_folder(parent: QWidget, start: Path) -> Path | None:
    """Ask which folder holds the backups to choose from (a USB stick, say)."""
    chosen = QFileDialog.getExistingDirectory(
        parent, _tr("Choose the folder that holds your backups"), str(start)
    )
    return Path(chosen) if chosen else None
