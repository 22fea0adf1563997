"""Every change leaves a readable trace with before and after; the last changes can be undone."""

from __future__ import annotations

from datetime import date

import pytest

from dpkeeper.domain.errors import InvalidInput
from dpkeeper.domain.ledger import TransactionFilter, TransactionInput
from dpkeeper.services import history, money, periods

DAY = date(2026, 6, 3)


def bus(ids, pence=-450, note=""):
    return TransactionInput(DAY, pence, ids["bank"], "First Bus", ids["transport"], note=note)


def test_a_change_is_recorded_with_before_and_after(session, ids):
    payment = money.record(session, bus(ids))
    money.change(session, payment, bus(ids, -500, note="return ticket"))
    entries = history.for_payment(session, payment)
    assert [e.action for e in entries] == ["transaction.added", "transaction.changed"]
    changed = entries[1]
    assert (changed.before["amount"], changed.after["amount"]) == (-450, -500)
    words = history.describe(changed)
    assert "amount -£4.50 → -£5.00" in words and "note (none) → return ticket" in words
    assert session.actor in words


def test_undo_steps_back_through_changes_one_at_a_time(session, ids):
    payment = money.record(session, bus(ids))
    money.change(session, payment, bus(ids, -500))
    money.explain_missing_receipt(session, payment, "bus fare, no ticket")
    money.delete(session, payment)

    assert history.undo(session).action == "transaction.deleted"
    assert not money.get(session, payment).deleted
    assert history.undo(session).action == "receipt.reason"
    assert money.get(session, payment).no_receipt_reason == ""
    assert history.undo(session).action == "transaction.changed"
    assert money.get(session, payment).amount == -450
    assert history.undo(session).action == "transaction.added"
    assert money.find(session, TransactionFilter()) == []
    with pytest.raises(InvalidInput) as raised:
        history.undo(session)
    assert "nothing to undo" in raised.value.message
    actions = [e.action for e in history.for_payment(session, payment)]
    assert actions.count("undo") == 4  # the undos are in the history too


def test_undo_only_reaches_this_sessions_changes(session, ids, vault):
    from dpkeeper.services import vault_access
    from tests.conftest import PASSPHRASE

    money.record(session, bus(ids))
    session.close()
    again = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    try:
        assert history.last_change(again) is None
    finally:
        again.close()


def test_undo_respects_a_closed_period(session, ids):
    payment = money.record(session, bus(ids))
    periods.close_through(session, DAY)
    with pytest.raises(InvalidInput):
        history.undo(session)
    assert money.get(session, payment).amount == -450


def test_transfers_are_undone_as_a_pair(session, ids):
    money.transfer(session, DAY, 2000, ids["bank"], ids["cash"])
    history.undo(session)
    assert money.find(session, TransactionFilter()) == []
