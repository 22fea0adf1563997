"""A stateful property test (SECURITY.md T11): random sequences of what people do, through the real
services on a real encrypted vault, checked after every step against a simple model in memory.

Rules: add, edit, delete and undo payments; lock and unlock (with the passphrase or the recovery
code); change the passphrase; make a new recovery code; back up, and restore any earlier backup.
After every step the vault's payments equal the model's, and every secret the person holds still
opens the vault.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from dpkeeper.domain.ledger import TransactionFilter, TransactionInput
from dpkeeper.services import backups, history, money, vault_access
from dpkeeper.vault import keys, store
from dpkeeper.vault.store import VaultLocation
from tests.conftest import PASSPHRASE
from tests.integration.money_fixtures import PLAN_START, set_up_anna

DAYS = st.integers(min_value=0, max_value=200).map(lambda n: PLAN_START + timedelta(days=n))
AMOUNTS = st.integers(min_value=-50_000, max_value=50_000).filter(bool)
PAYEES = st.sampled_from(["First Bus", "Jane Smith", "Riverside Arts", "Tesco", "HMRC"])
WORDS = st.sampled_from(["kettle", "garden", "blue", "harbour", "lantern", "meadow", "copper"])
NEW_PASSPHRASES = st.lists(WORDS, min_size=3, max_size=3, unique=True).map(" ".join)


@dataclass(frozen=True)
class Row:
    when: date
    amount: int
    who: str
    deleted: bool = False


class VaultMachine(RuleBasedStateMachine):
    template: Path  # set by the test: a vault made with the cheap key derivation
    recovery_code: str

    payments = Bundle("payments")

    @initialize()
    def open_a_fresh_vault(self):
        self.folder = Path(tempfile.mkdtemp(prefix="dp-stateful-")) / "Anna.dpvault"
        shutil.copytree(self.template, self.folder)
        self.passphrase = PASSPHRASE
        self.code = self.recovery_code
        self.session = vault_access.unlock_with_passphrase(self.folder, self.passphrase)
        self.ids = set_up_anna(self.session)
        self.model: dict[int, Row] = {}
        self.undo_stack: list[tuple[int, Row | None]] = []  # (payment, its state before)
        self.backups: list[tuple[Path, dict[int, Row]]] = []  # each backup and what it holds

    def teardown(self):
        if getattr(self, "session", None) is not None and self.session.is_open:
            self.session.close()
        if getattr(self, "folder", None) is not None:
            shutil.rmtree(self.folder.parent, ignore_errors=True)

    def _entry(self, row: Row) -> TransactionInput:
        category = self.ids["council_payment"] if row.amount > 0 else self.ids["activities"]
        return TransactionInput(row.when, row.amount, self.ids["bank"], row.who, category)

    # What people do ----------------------------------------------------------------------------

    @rule(target=payments, when=DAYS, amount=AMOUNTS, who=PAYEES)
    def add(self, when, amount, who):
        row = Row(when, amount, who)
        payment = money.record(self.session, self._entry(row))
        self.model[payment] = row
        self.undo_stack.append((payment, None))
        return payment

    @rule(payment=payments, amount=AMOUNTS, when=DAYS)
    def edit(self, payment, amount, when):
        row = self.model.get(payment)
        if row is None or row.deleted:  # gone with a restore, or deleted
            return
        changed = Row(when, amount, row.who)
        money.change(self.session, payment, self._entry(changed))
        self.undo_stack.append((payment, row))
        self.model[payment] = changed

    @rule(payment=payments)
    def delete(self, payment):
        row = self.model.get(payment)
        if row is None or row.deleted:
            return
        money.delete(self.session, payment)
        self.undo_stack.append((payment, row))
        self.model[payment] = Row(row.when, row.amount, row.who, deleted=True)

    @precondition(lambda self: self.undo_stack)
    @rule()
    def undo(self):
        payment, before = self.undo_stack.pop()
        history.undo(self.session)
        row = self.model[payment]
        self.model[payment] = (
            Row(row.when, row.amount, row.who, deleted=True) if before is None else before
        )

    @rule(with_code=st.booleans())
    def lock_and_unlock(self, with_code):
        vault_access.lock(self.session)
        if with_code:
            self.session = vault_access.unlock_with_recovery_code(self.folder, self.code)
        else:
            self.session = vault_access.unlock_with_passphrase(self.folder, self.passphrase)
        self.undo_stack.clear()  # undo reaches only this session's changes

    @rule(new=NEW_PASSPHRASES)
    def change_passphrase(self, new):
        vault_access.change_passphrase(self.session, new, new)
        self.passphrase = new

    @rule()
    def new_recovery_code(self):
        code = vault_access.new_recovery_code()
        vault_access.replace_recovery_code(self.session, code)
        self.code = code

    @rule()
    def back_up(self):
        made = backups.back_up(self.session, "manual", prune_after=False)
        assert made.verified
        self.backups.append((made.path, dict(self.model)))

    @precondition(lambda self: self.backups)
    @rule(data=st.data())
    def restore(self, data):
        path, held = data.draw(st.sampled_from(self.backups))
        self.session = backups.restore(self.session, path)
        self.model = dict(held)
        self.undo_stack.clear()

    # What must always hold -------------------------------------------------------------------

    @invariant()
    def the_vault_agrees_with_the_model(self):
        if not hasattr(self, "session"):
            return
        live = money.rows(self.session, money.find(self.session, TransactionFilter()))
        gone = money.find(self.session, TransactionFilter(deleted=True))
        assert {i: (t.when, t.amount, t.who) for i, t in live.items()} == {
            i: (r.when, r.amount, r.who) for i, r in self.model.items() if not r.deleted
        }
        assert set(gone) == {i for i, r in self.model.items() if r.deleted}

    @invariant()
    def every_secret_still_opens_the_vault(self):
        if not hasattr(self, "session"):
            return
        key_file = store.read_key_file(VaultLocation.of(self.folder))
        mirror = keys.parse(VaultLocation.of(self.folder).mirror.read_bytes())
        assert mirror.to_bytes() == key_file.to_bytes()
        secrets = [
            (keys.PASSPHRASE, self.passphrase.encode()),
            (keys.RECOVERY, vault_access._recovery_secret(self.code)),
        ]
        for kind, secret in secrets:
            opened = []
            for slot in key_file.of_kind(kind):
                try:
                    opened.append(keys.open_slot(slot, secret, key_file.vault_id))
                except keys.SecretDoesNotFit:
                    continue
            assert opened, f"the {kind} no longer opens the vault"
            assert bytes(opened[0]) == bytes(self.session.data_key())


def test_random_use_never_loses_a_change_or_a_way_in(template_vault):
    VaultMachine.template, VaultMachine.recovery_code = template_vault
    run_state_machine_as_test(
        VaultMachine,
        settings=settings(
            max_examples=15,
            stateful_step_count=20,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
