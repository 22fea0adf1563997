"""Helpers and advocates: their own passphrase, a role the services enforce, and their name in
the history. Access can be taken away again."""

from __future__ import annotations

from datetime import date

import pytest

from dpkeeper.domain.errors import InvalidInput, NotAllowed, WrongSecret
from dpkeeper.domain.ledger import TransactionInput
from dpkeeper.domain.plan import Plan
from dpkeeper.records import audit
from dpkeeper.services import (
    access,
    history,
    money,
    periods,
    receipts,
    staff,
    statement_files,
    vault_access,
)
from dpkeeper.services import plan as plan_service
from dpkeeper.services.session import person_of
from dpkeeper.vault import keys, store
from dpkeeper.vault.keychain import Keychain
from tests.conftest import PASSPHRASE, PERSON, file_hashes
from tests.integration.money_fixtures import set_up_anna
from tests.integration.test_staff_services import MONDAY, add_pa

SAM = "Sam Carter"
SAM_PASSPHRASE = "teapot river orange"
PRIYA = "Priya Shah"
PRIYA_PASSPHRASE = "lantern maple seven"
DAY = date(2026, 6, 3)


@pytest.fixture
def anna(vault):
    """Anna's vault with her accounts and plan, and Sam (helper) and Priya (advocate) let in."""
    session = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    ids = set_up_anna(session)
    access.add_person(session, SAM, "helper", SAM_PASSPHRASE, SAM_PASSPHRASE)
    access.add_person(session, PRIYA, "advocate", PRIYA_PASSPHRASE, PRIYA_PASSPHRASE)
    payment = money.record(session, bus(ids))
    session.close()
    return vault, ids, payment


@pytest.fixture
def as_sam(anna):
    session = vault_access.unlock_with_passphrase(anna[0], SAM_PASSPHRASE)
    yield session
    session.close()


def bus(ids, pence=-450, who="First Bus"):
    return TransactionInput(DAY, pence, ids["bank"], who, ids["transport"])


def unchanged_after(session, action):
    """Run a refused action and prove it changed nothing: same history, same slot file."""
    entries, slots = audit.count(session.connection), session.location.keys.read_bytes()
    with pytest.raises(NotAllowed) as refused:
        action()
    assert audit.count(session.connection) == entries
    assert session.location.keys.read_bytes() == slots
    return refused.value


def test_a_helpers_own_passphrase_opens_the_vault_as_that_helper(anna, as_sam):
    assert as_sam.role == "helper"
    assert as_sam.actor == f"{SAM} (helper)"
    holder = access.people(as_sam)[0]
    assert (holder.name, holder.role) == (PERSON, "holder")


def test_names_stay_inside_the_encrypted_records(anna):
    slot_file = store.VaultLocation.of(anna[0]).keys.read_text()
    assert "helper" in slot_file and "advocate" in slot_file
    assert "Sam" not in slot_file and "Priya" not in slot_file


def test_a_helper_records_and_corrects_spending_under_their_own_name(anna, as_sam):
    _, ids, payment = anna
    added = money.record(as_sam, bus(ids, -1250, "Leeds Taxis"))
    money.change(as_sam, payment, bus(ids, -500))
    assert money.get(as_sam, payment).amount == -500
    entries = history.for_payment(as_sam, payment)
    assert entries[0].actor == f"{PERSON} (holder)"
    assert entries[-1].actor == f"{SAM} (helper)"
    assert f"{SAM} (helper)" in history.describe(entries[-1])
    assert history.for_payment(as_sam, added)[0].actor == f"{SAM} (helper)"


def test_a_helper_cannot_delete_and_is_told_who_can(anna, as_sam):
    _, _, payment = anna
    refusal = unchanged_after(as_sam, lambda: money.delete(as_sam, payment))
    assert refusal.message.startswith("Only the person whose vault this is can delete")
    assert f"signed in as {SAM} (helper)" in refusal.message
    assert refusal.exit_code == 8
    assert not money.get(as_sam, payment).deleted


def test_a_helper_cannot_change_the_plan_accounts_periods_or_people(anna, as_sam):
    _, ids, _ = anna
    plan: Plan = plan_service.current(as_sam, DAY)
    unchanged_after(as_sam, lambda: plan_service.save(as_sam, plan))
    unchanged_after(as_sam, lambda: money.add_category(as_sam, "Gym", money.Direction.OUT))
    unchanged_after(
        as_sam,
        lambda: money.change_account(as_sam, ids["bank"], "Mine now", 0, date(2026, 4, 1)),
    )
    unchanged_after(as_sam, lambda: periods.close_through(as_sam, date(2026, 5, 31)))
    unchanged_after(
        as_sam,
        lambda: access.add_person(as_sam, "Eve", "helper", "a new pass 123", "a new pass 123"),
    )
    unchanged_after(as_sam, lambda: access.remove_person(as_sam, PRIYA))
    unchanged_after(
        as_sam, lambda: vault_access.replace_recovery_code(as_sam, vault_access.new_recovery_code())
    )
    assert periods.closed_through(as_sam) is None


def test_a_helper_undoes_only_their_own_changes(anna, as_sam):
    _, ids, payment = anna
    with pytest.raises(InvalidInput):  # the holder's payment is not Sam's to undo
        history.undo(as_sam)
    added = money.record(as_sam, bus(ids, -300, "Corner shop"))
    assert history.undo(as_sam).record_id == added
    assert money.get(as_sam, added).deleted and not money.get(as_sam, payment).deleted


def test_an_advocate_makes_a_statement_but_cannot_change_anything(anna):
    vault, ids, payment = anna
    session = vault_access.unlock_with_passphrase(vault, PRIYA_PASSPHRASE)
    try:
        assert session.actor == f"{PRIYA} (advocate)"
        pdf = statement_files.render(
            session, "monitoring", date(2026, 4, 1), date(2026, 6, 30), "pdf"
        )
        assert pdf.startswith(b"%PDF")
        refusal = unchanged_after(session, lambda: money.record(session, bus(ids)))
        assert "or a helper, can record money" in refusal.message
        unchanged_after(session, lambda: money.change(session, payment, bus(ids, -1)))
        unchanged_after(session, lambda: money.explain_missing_receipt(session, payment, "lost"))
        unchanged_after(session, lambda: receipts.match(session, 1, payment))
        unchanged_after(session, lambda: history.undo(session))
    finally:
        session.close()


def test_the_history_names_who_let_whom_in_and_out(anna):
    vault, _, _ = anna
    session = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    try:
        access.remove_person(session, "priya SHAH")
        notes = [(e.actor, e.action, e.detail) for e in history.recent(session)]
    finally:
        session.close()
    holder = f"{PERSON} (holder)"
    assert (holder, "access.removed", f"{PRIYA} (advocate)") in notes
    assert (holder, "access.added", f"{SAM} (helper)") in notes
    assert (holder, "access.added", f"{PRIYA} (advocate)") in notes


def test_a_removed_persons_passphrase_and_computer_no_longer_open_the_vault(anna, memory_keychain):
    vault, _, _ = anna
    keychain = Keychain(memory_keychain)
    session = vault_access.unlock_with_passphrase(vault, SAM_PASSPHRASE)
    vault_access.remember_on_this_computer(session, keychain)
    session.close()
    session = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    removed = access.remove_person(session, SAM)
    assert set(removed.ways_in) == {keys.PASSPHRASE, keys.DEVICE}
    assert [p.name for p in access.people(session)] == [PERSON, PRIYA]
    session.close()
    with pytest.raises(WrongSecret):
        vault_access.unlock_with_passphrase(vault, SAM_PASSPHRASE)
    assert vault_access.unlock_with_this_computer(vault, keychain) is None
    vault_access.unlock_with_passphrase(vault, PASSPHRASE).close()


def test_the_holder_cannot_remove_themselves(anna):
    session = vault_access.unlock_with_passphrase(anna[0], PASSPHRASE)
    try:
        before = file_hashes(session.location.folder)
        with pytest.raises(InvalidInput, match="cannot remove yourself"):
            access.remove_person(session, PERSON)
        assert session.location.keys.read_bytes() == before["vault.keys"]
    finally:
        session.close()


def test_a_passphrase_that_already_opens_the_vault_is_refused_for_a_new_person(anna):
    session = vault_access.unlock_with_passphrase(anna[0], PASSPHRASE)
    try:
        for taken in (PASSPHRASE, SAM_PASSPHRASE):
            with pytest.raises(InvalidInput, match="already opens this vault"):
                access.add_person(session, "Tom Reid", "helper", taken, taken)
        with pytest.raises(InvalidInput, match="already open this vault"):
            access.add_person(
                session, "sam  carter", "advocate", "fresh words here", "fresh words here"
            )
        with pytest.raises(InvalidInput, match="helper or advocate"):
            access.add_person(session, "Tom Reid", "holder", "fresh words here", "fresh words here")
        assert len(access.people(session)) == 3
    finally:
        session.close()


def test_the_holders_new_passphrase_leaves_the_helpers_alone(anna):
    vault, _, _ = anna
    session = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    vault_access.change_passphrase(session, "new holder words", "new holder words")
    session.close()
    with pytest.raises(WrongSecret):
        vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    for passphrase, role in (("new holder words", "holder"), (SAM_PASSPHRASE, "helper")):
        opened = vault_access.unlock_with_passphrase(vault, passphrase)
        assert opened.role == role
        opened.close()


def test_a_helper_changing_their_passphrase_changes_only_theirs(anna, as_sam):
    vault, _, _ = anna
    with pytest.raises(InvalidInput, match="Someone else already uses"):
        vault_access.change_passphrase(as_sam, PASSPHRASE, PASSPHRASE)
    vault_access.change_passphrase(as_sam, "sams new words", "sams new words")
    assert as_sam.role == "helper" and as_sam.actor == f"{SAM} (helper)"
    as_sam.close()
    with pytest.raises(WrongSecret):
        vault_access.unlock_with_passphrase(vault, SAM_PASSPHRASE)
    for passphrase, actor in (
        ("sams new words", f"{SAM} (helper)"),
        (PASSPHRASE, f"{PERSON} (holder)"),
        (PRIYA_PASSPHRASE, f"{PRIYA} (advocate)"),
    ):
        opened = vault_access.unlock_with_passphrase(vault, passphrase)
        assert opened.actor == actor
        opened.close()


def test_a_remembered_computer_keeps_the_helpers_role(anna, as_sam, memory_keychain):
    vault, _, _ = anna
    keychain = Keychain(memory_keychain)
    holder_device = [s.id for s in as_sam.key_file.of_kind(keys.DEVICE)]
    vault_access.remember_on_this_computer(as_sam, keychain)
    device = [s for s in as_sam.key_file.of_kind(keys.DEVICE) if s.id not in holder_device]
    assert [(s.role, person_of(s)) for s in device] == [("helper", person_of(as_sam.slot))]
    as_sam.close()
    opened = vault_access.unlock_with_this_computer(vault, keychain)
    try:
        assert opened.role == "helper" and opened.actor == f"{SAM} (helper)"
        assert vault_access.is_remembered_here(opened)
    finally:
        opened.close()


def test_the_holders_remembered_computer_survives_a_helper_forgetting_theirs(anna, memory_keychain):
    vault, _, _ = anna
    keychain = Keychain(memory_keychain)
    holder = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    vault_access.remember_on_this_computer(holder, keychain)
    holder.close()
    sam = vault_access.unlock_with_passphrase(vault, SAM_PASSPHRASE)
    assert not vault_access.is_remembered_here(sam)
    vault_access.forget_this_computer(sam, keychain)  # Sam has nothing remembered: no change
    sam.close()
    opened = vault_access.unlock_with_this_computer(vault, keychain)
    assert opened is not None and opened.role == "holder"
    opened.close()


def test_a_helper_may_record_hours_but_not_clear_them_or_change_staff(anna):
    holder = vault_access.unlock_with_passphrase(anna[0], PASSPHRASE)
    jane = add_pa(holder)
    holder.close()
    sam = vault_access.unlock_with_passphrase(anna[0], SAM_PASSPHRASE)
    try:
        staff.set_day(sam, jane.pa_id, MONDAY, "9-17")
        staff.set_day(sam, jane.pa_id, MONDAY, "9-16")  # a correction is fine
        unchanged_after(sam, lambda: staff.set_day(sam, jane.pa_id, MONDAY, ""))
        unchanged_after(sam, lambda: staff.save_pa(sam, jane))
        (shift,) = staff.shifts(sam, MONDAY, MONDAY)
        unchanged_after(sam, lambda: staff.delete_shift(sam, shift.shift_id))
        assert shift.end.hour == 16
    finally:
        sam.close()


def test_a_helper_may_back_up_but_not_put_a_backup_back(anna, as_sam, tmp_path):
    from dpkeeper.services import backups

    (tmp_path / "usb").mkdir()
    made = backups.back_up(as_sam, folder=tmp_path / "usb")
    before = file_hashes(as_sam.location.folder)["records.db"]
    with pytest.raises(NotAllowed, match="can put back a backup"):
        backups.restore(as_sam, made)
    assert as_sam.is_open
    assert file_hashes(as_sam.location.folder)["records.db"] == before
