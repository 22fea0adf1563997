"""A lived-in vault for the accessibility and layout checks: Anna's account and plan, a few weeks
of spending (some without receipts), a PA with shifts, and a receipt waiting to be matched."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt

from dpkeeper.domain.ledger import TransactionInput
from dpkeeper.domain.schedule import Frequency
from dpkeeper.domain.staff import PA, PayRate, ShiftType
from dpkeeper.services import money, receipts, staff, vault_access
from tests.conftest import PASSPHRASE
from tests.gui.conftest import WAIT_MS, type_into, wait_for_workspace
from tests.integration.money_fixtures import set_up_anna

PAGES = ("home", "money", "receipts", "hours", "staff", "statements", "plan", "settings")


def fill(vault: Path, tmp_path: Path) -> None:
    session = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    try:
        ids = set_up_anna(session)
        today = date.today()
        spending = (
            (3, 4560, "Tesco Extra, Kirkstall Road", "activities"),
            (9, 12000, "Leeds Community Gym (monthly membership)", "activities"),
            (16, 2750, "Arriva Yorkshire bus pass", "activities"),
        )
        for days_ago, pence, who, key in spending:
            when = today - timedelta(days=days_ago)
            money.record(session, TransactionInput(when, -pence, ids["bank"], who, ids[key]))
        start = today - timedelta(days=120)
        jane = staff.save_pa(
            session,
            PA(
                None,
                "Jane Smith",
                start,
                Frequency.FOUR_WEEKLY,
                start,
                20 * 60,
                rates=(PayRate(ShiftType.DAY, start, 1300),),
            ),
        )
        monday = today - timedelta(days=today.weekday())
        for offset in (0, 2):
            staff.set_day(session, jane.pa_id, monday + timedelta(days=offset), "9-13")
        photo = tmp_path / "gym-receipt.jpg"
        Image.new("RGB", (900, 700), (235, 230, 215)).save(photo)
        receipts.store(session, receipts.prepare(photo))
    finally:
        session.close()


def open_workspace(qtbot, window, vault: Path):
    """Unlock ``vault`` through the unlock screen, as the person would; returns the workspace."""
    window.open_vault(vault)
    qtbot.waitUntil(lambda: window.unlock_page.isEnabled(), timeout=WAIT_MS)
    type_into(qtbot, window.unlock_page.secret, PASSPHRASE)
    qtbot.keyClick(window.unlock_page.secret, Qt.Key.Key_Return)
    wait_for_workspace(qtbot, window)
    return window.workspace
