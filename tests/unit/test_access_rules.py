"""What each role may do: the holder everything, a helper keeps records, an advocate looks."""

from __future__ import annotations

import pytest

from dpkeeper.domain import access
from dpkeeper.domain.access import Action, allowed
from dpkeeper.domain.errors import NotAllowed, UserError
from dpkeeper.vault import keys

A = Action
HELPER_MAY = {
    A.RECORD_MONEY,
    A.CHANGE_MONEY,
    A.RECEIPTS,
    A.HOURS,
    A.STATEMENTS,
    A.SECRETS,
    A.BACKUP,
    A.UNDO,
}
ADVOCATE_MAY = {A.STATEMENTS, A.SECRETS, A.BACKUP}


@pytest.mark.parametrize("action", list(Action))
def test_each_role_may_do_exactly_what_the_table_says(action):
    assert allowed("holder", action)
    assert allowed("helper", action) == (action in HELPER_MAY)
    assert allowed("advocate", action) == (action in ADVOCATE_MAY)


def test_nobody_but_the_holder_deletes_changes_the_plan_or_manages_access():
    for action in (A.DELETE, A.PLAN, A.STAFF, A.CLOSE_PERIODS, A.ACCESS, A.RESTORE, A.IMPORT):
        assert [role for role in access.ROLES if allowed(role, action)] == ["holder"]


def test_an_unknown_role_may_do_nothing():
    assert not any(allowed("owner", action) for action in Action)
    assert not any(allowed("", action) for action in Action)


def test_the_roles_are_the_ones_a_key_slot_can_carry():
    assert access.ROLES == keys.ROLES
    assert set(access.GIVEN_ROLES) == {"helper", "advocate"}


def test_a_refusal_says_who_can_do_it_and_who_is_signed_in():
    with pytest.raises(NotAllowed) as refused:
        access.check("helper", A.DELETE, "Sam Carter (helper)")
    message = refused.value.message
    assert message.startswith("Only the person whose vault this is can delete")
    assert "You are signed in as Sam Carter (helper), so nothing was changed." in message
    assert isinstance(refused.value, UserError) and refused.value.exit_code == 8
    access.check("holder", A.DELETE, "Anna Okafor (holder)")  # no error


def test_every_action_has_a_refusal_and_every_role_a_summary():
    for action in Action:
        assert "{who}" in access._REFUSALS[action]
    assert set(access.ROLE_SUMMARIES) == set(access.ROLES) == set(access.ROLE_NAMES)
    assert set(access.ROLE_EXPLANATIONS) == set(access.GIVEN_ROLES)
