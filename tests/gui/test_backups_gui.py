"""Backups through the window: backing up to a USB stick, restoring a backup from Settings,
the automatic and on-close backups, and making a damaged vault again from a backup."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from dpkeeper.domain.ledger import TransactionInput
from dpkeeper.services import access, backups, money, vault_access
from dpkeeper.services.backups import BackupKind
from dpkeeper.ui import display, file_prompts
from dpkeeper.ui.dialogs import restore as restore_dialog
from tests.conftest import PASSPHRASE
from tests.gui.a11y_checks import captions_without_buddies, unnamed, unreachable
from tests.gui.conftest import WAIT_MS, click, wait_for_workspace
from tests.integration.money_fixtures import set_up_anna

SAM_PASSPHRASE = "teapot river orange"
BUS_DAY = date.today()


@pytest.fixture
def anna_with_a_backup(vault):
    """Anna's vault with a bus fare, backed up in its own folder; then the fare was deleted."""
    session = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    ids = set_up_anna(session)
    fare = money.record(
        session, TransactionInput(BUS_DAY, -450, ids["bank"], "First Bus", ids["transport"])
    )
    backups.back_up(session, BackupKind.MANUAL)
    money.delete(session, fare)
    session.close()
    return vault


@pytest.fixture
def made(monkeypatch):
    """The backups the window makes, each an hour after the one before (two in the same second
    would share a time stamp, and the retention rules would keep just one of them)."""
    clock, found = [datetime.now(UTC)], Made()
    real_back_up, real_needs = backups.back_up, backups.needs_automatic

    def back_up(session, kind):
        clock[0] += timedelta(hours=1)
        found.append(real_back_up(session, kind, now=clock[0]))
        return found[-1]

    monkeypatch.setattr(backups, "back_up", back_up)
    monkeypatch.setattr(backups, "needs_automatic", lambda session: real_needs(session, clock[0]))
    found.clock = clock
    return found


class Made(list):
    clock: list[datetime]


def sign_in(qtbot, window, vault, passphrase=PASSPHRASE):
    window.open_vault(vault)
    qtbot.waitUntil(lambda: window.unlock_page.isEnabled(), timeout=WAIT_MS)
    page = window.unlock_page
    page.secret.setFocus()
    qtbot.keyClicks(page.secret, passphrase)
    qtbot.keyClick(page.secret, Qt.Key.Key_Return)


def open_settings(qtbot, window, vault, passphrase=PASSPHRASE):
    sign_in(qtbot, window, vault, passphrase)
    wait_for_workspace(qtbot, window)
    window.workspace.go_to("settings")
    return window.workspace.settings.backups_box


def backups_in(folder):
    return sorted(folder.glob(f"*{backups.SUFFIX}"))


def test_backing_up_now_to_a_usb_stick_makes_a_checked_backup_listed_there(
    qtbot, window, vault, tmp_path, monkeypatch
):
    usb = tmp_path / "USB stick"
    usb.mkdir()
    asked = []
    monkeypatch.setattr(
        file_prompts, "choose_backup_folder", lambda parent, start: asked.append(start) or usb
    )
    box = open_settings(qtbot, window, vault)
    assert "no backup yet" in box.status.text()
    assert str(backups.default_folder(vault)) in box.status.text()

    click(qtbot, box.back_up_button)
    qtbot.waitUntil(lambda: "Backed up to" in box.message.text(), timeout=WAIT_MS)
    [made] = backups_in(usb)
    assert str(made) in box.message.text()
    assert backups.read_backup(made).verified
    assert asked == [vault.parent]  # the vault's own backup folder is not made until needed

    monkeypatch.setattr(file_prompts, "choose_backup_source_folder", lambda parent, start: usb)
    click(qtbot, box.restore_button)
    qtbot.waitUntil(lambda: box.dialog is not None and box.dialog.isVisible(), timeout=WAIT_MS)
    dialog = box.dialog
    assert "no backups" in dialog.list.item(0).text()
    click(qtbot, dialog.other_folder)
    assert dialog.list.count() == 1
    listed = dialog.list.item(0).text()
    assert "Made by you — checked" in listed and "No payments yet" in listed
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: box.dialog is None, timeout=WAIT_MS)


def test_restoring_a_backup_brings_back_a_deleted_payment_on_every_page(
    qtbot, window, anna_with_a_backup, monkeypatch
):
    asked = []
    monkeypatch.setattr(
        restore_dialog, "confirm_restore", lambda parent, title, text: asked.append(text) or True
    )
    sign_in(qtbot, window, anna_with_a_backup)
    wait_for_workspace(qtbot, window)
    window.workspace.go_to("money")
    assert window.workspace.money.model.rowCount() == 0  # the bus fare was deleted
    window.workspace.go_to("settings")
    box = window.workspace.settings.backups_box
    before = window.session
    assert "(Made by you)" in box.status.text()

    box.restore_button.setFocus()
    qtbot.keyClick(box.restore_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: box.dialog is not None and box.dialog.isVisible(), timeout=WAIT_MS)
    dialog = box.dialog
    assert dialog.list.currentRow() == 0
    assert f"1 payment, on {display.day(BUS_DAY)}" in dialog.list.currentItem().text()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)  # Restore is the default button
    qtbot.waitUntil(lambda: window.session is not before, timeout=WAIT_MS)

    assert "kept as a backup first" in asked[0]
    assert not before.is_open and window.session.is_open
    window.workspace.go_to("money")  # pages read the restored records when shown
    assert window.workspace.money.session is window.session
    assert window.workspace.money.model.rowCount() == 1
    assert "Restored the backup from" in box.message.text()
    kinds = [info.kind for info in backups.list_backups(window.session)]
    assert BackupKind.BEFORE_RESTORE in kinds

    window.workspace.go_to("settings")
    assert backups.pruning_paused(window.session)
    click(qtbot, box.keep_button)
    assert not backups.pruning_paused(window.session)
    assert not box.keep_button.isVisible()


def test_a_helper_can_back_up_but_restore_is_switched_off_with_a_reason(qtbot, window, vault):
    session = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    access.add_person(session, "Sam Carter", "helper", SAM_PASSPHRASE, SAM_PASSPHRASE)
    session.close()
    box = open_settings(qtbot, window, vault, SAM_PASSPHRASE)
    assert box.back_up_button.isEnabled()
    assert not box.restore_button.isEnabled()
    assert "Only the person whose vault this is" in box.restore_button.toolTip()


def test_the_automatic_check_backs_up_only_when_something_changed(qtbot, window, vault, made):
    open_settings(qtbot, window, vault)
    assert window.backups.timer.isActive()
    assert window.backups.timer.interval() == 5 * 60_000

    window.backups.back_up_if_due()  # no backup yet: one is due at once
    assert len(made) == 1 and made[0].kind == BackupKind.AUTOMATIC
    assert "(Automatic)" in window.workspace.settings.backups_box.status.text()

    ids = set_up_anna(window.session)
    made.clock[0] += timedelta(minutes=10)
    window.backups.back_up_if_due()  # changed, but not 30 minutes on
    assert len(made) == 1

    made.clock[0] += timedelta(minutes=30)
    window.backups.back_up_if_due()  # changed, and 40 minutes on
    assert len(made) == 2 and made[1].summary.count("accounts") > 0

    made.clock[0] += timedelta(hours=1)
    window.backups.back_up_if_due()  # an hour on, but nothing changed
    assert len(made) == 2
    money.record(window.session, TransactionInput(BUS_DAY, -450, ids["bank"], "First Bus"))
    window.backups.back_up_if_due()
    assert len(made) == 3 and made[2].summary.payments == 1


def test_a_failed_automatic_backup_says_so_calmly_at_the_foot_of_the_window(
    qtbot, window, vault, monkeypatch
):
    open_settings(qtbot, window, vault)

    def full_disk(session, kind):
        raise backups.backup.not_written(backups.default_folder(session))

    monkeypatch.setattr(backups, "back_up", full_disk)
    window.backups.back_up_if_due()
    note = window.backups.note
    assert note.isVisible()
    assert "did not work this time" in note.text() and "try again later" in note.text()
    assert window.session.is_open


def test_locking_makes_a_backup_only_when_something_changed(qtbot, window, vault, made):
    open_settings(qtbot, window, vault)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.session is None
    assert [info.kind for info in made] == [BackupKind.ON_CLOSE]

    open_settings(qtbot, window, vault)  # nothing changed since
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert len(made) == 1

    sign_in(qtbot, window, vault)
    wait_for_workspace(qtbot, window)
    set_up_anna(window.session)
    window.close_vault()
    assert len(made) == 2 and made[1].summary.count("accounts") > 0
    assert made[1].path.is_file() and made[1].path.parent == backups.default_folder(vault)


def test_a_damaged_vault_offers_its_backups_and_opens_again_from_one(
    qtbot, window, anna_with_a_backup
):
    vault = anna_with_a_backup
    records = vault / "records.db"
    data = bytearray(records.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(64)
    records.write_bytes(bytes(data))

    sign_in(qtbot, window, vault)
    page = window.unlock_page
    qtbot.waitUntil(lambda: page.restore_button.isVisible(), timeout=WAIT_MS)
    assert "could not be read" in page.message.text()
    assert window.session is None

    click(qtbot, page.restore_button)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=WAIT_MS)
    dialog = page.dialog
    listed = dialog.list.currentItem().text()
    assert "Made by you — checked" in listed and "B · Anna " in listed  # no key yet: the size
    assert dialog.secret.text() == PASSPHRASE  # what was typed on the unlock screen
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    wait_for_workspace(qtbot, window)

    assert window.session.is_open
    settings = window.workspace.settings
    assert window.workspace.pages.currentWidget() is settings
    assert "made again from the backup" in settings.backups_box.message.text()
    assert settings.backups_box.keep_button.isVisible()
    assert [p.name for p in vault.iterdir() if ".damaged-" in p.name]
    window.workspace.go_to("money")
    assert window.workspace.money.model.rowCount() == 1


@pytest.mark.parametrize("damaged", [False, True], ids=["from Settings", "damaged vault"])
def test_the_restore_dialog_names_every_control_and_tab_reaches_them(
    qtbot, window, anna_with_a_backup, damaged
):
    vault = anna_with_a_backup
    session = None if damaged else vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    dialog = restore_dialog.RestoreDialog(
        backups.default_folder(vault), session, vault_folder=vault, parent=window
    )
    dialog.show()
    qtbot.waitExposed(dialog)
    missed, held = unreachable(qtbot, dialog, dialog)
    assert unnamed(dialog) == [] and captions_without_buddies(dialog) == []
    assert missed == [] and held == []
    assert dialog.restore_button.isEnabled()
    dialog.reject()
    if session is not None:
        session.close()
