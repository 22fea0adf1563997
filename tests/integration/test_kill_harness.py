"""Kill -9 harness (SECURITY.md T1): a crash at any moment loses at most the action in flight.

A child process (``kill_writer.py``) opens a few vaults and saves payments, transfers and, in
every third child, new passphrases through the real services, printing each one after it is saved.
The test kills it at a random moment (SIGKILL; TerminateProcess on Windows), sometimes while it is
still unlocking, then reopens every vault and checks: both integrity checks clean, every
acknowledged change present, no transfer with one half, no payment without its audit entry, and
the passphrase in force is the acknowledged one or the one being set, never neither.

Each vault is reused from run to run, so every run also reopens a vault the last kill left behind.
``DPKEEPER_KILL_RUNS`` (default 208) and ``DPKEEPER_KILL_SEED`` change the size and the dice.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from dpkeeper.domain.errors import WrongSecret
from dpkeeper.services import vault_access
from tests.conftest import CHEAP_COST, PASSPHRASE
from tests.integration import kill_writer
from tests.integration.money_fixtures import PLAN_START, set_up_anna

WRITER = Path(kill_writer.__file__)
VAULTS_PER_CHILD = 4
LANES = 2  # children running side by side, each on its own vaults
RUNS = int(os.environ.get("DPKEEPER_KILL_RUNS", "208"))  # one run = one vault in one killed child
SEED = int(os.environ.get("DPKEEPER_KILL_SEED", "20260401"))
CHANGE_PASSPHRASE_EVERY_NTH_CHILD = 3
CHANGE_PASSPHRASE_EVERY_NTH_WRITE = 4
KILL_WHILE_OPENING = 0.15  # share of children killed while still unlocking their vaults
MAX_WRITE_SECONDS = 0.15
# A passphrase change first makes a checked safety backup, so those children live a little longer.
MAX_CHANGING_SECONDS = 0.6
_NOTED = re.compile(r"^#(\d+) ")


@dataclass
class VaultUnderTest:
    folder: Path
    account: int
    category: int
    transfer: tuple[int, int]
    passphrase_number: int = 0
    payments: set[int] = field(default_factory=set)
    transfers: set[int] = field(default_factory=set)
    passphrase_changes: int = 0


@dataclass
class Tally:
    runs: int = 0
    killed_while_opening: int = 0
    acknowledged: int = 0
    passphrase_changes: int = 0
    in_flight_passphrase_in_force: int = 0


def _prepare(template: Path, folder: Path) -> VaultUnderTest:
    shutil.copytree(template, folder)
    session = vault_access.unlock_with_passphrase(folder, PASSPHRASE)
    try:
        ids = set_up_anna(session)
    finally:
        session.close()
    return VaultUnderTest(folder, ids["bank"], ids["activities"], (ids["bank"], ids["cash"]))


def _spec(vaults: list[VaultUnderTest], seed: int, change_passphrase: bool) -> str:
    return json.dumps(
        {
            "seed": seed,
            "passphrase": PASSPHRASE,
            "first_day": PLAN_START.isoformat(),
            "cost": {
                "memory_kib": CHEAP_COST.memory_kib,
                "iterations": CHEAP_COST.iterations,
                "lanes": CHEAP_COST.lanes,
            },
            "change_passphrase_every": CHANGE_PASSPHRASE_EVERY_NTH_WRITE
            if change_passphrase
            else 0,
            "vaults": [
                {
                    "folder": str(v.folder),
                    "passphrase_number": v.passphrase_number,
                    "account": v.account,
                    "category": v.category,
                    "transfer": list(v.transfer),
                }
                for v in vaults
            ],
        }
    )


def _run_and_kill(
    spec: str, rng: random.Random, label: str, wait: float = MAX_WRITE_SECONDS
) -> tuple[list[str], bool]:
    """Start a writer, kill it at a random moment; returns its lines and if it was opening."""
    child = subprocess.Popen(
        [sys.executable, str(WRITER), spec],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    while_opening = rng.random() < KILL_WHILE_OPENING
    try:
        first = child.stdout.readline().strip()
        assert first == "opening", f"{label}: writer did not start: {child.stderr.read()}"
        lines.append(first)
        if while_opening:
            time.sleep(rng.uniform(0, 0.03))
        else:
            ready = child.stdout.readline().strip()
            assert ready == "ready", f"{label}: writer did not open: {child.stderr.read()}"
            lines.append(ready)
            time.sleep(rng.uniform(0, wait))
    finally:
        child.kill()
        rest, errors = child.communicate()
    assert "Traceback" not in errors, f"{label}: writer failed:\n{errors}"
    return lines + rest.splitlines(), while_opening and "ready" not in rest


def _apply(lines: list[str], vaults: list[VaultUnderTest]) -> tuple[dict[int, int], int]:
    """Note what the writer acknowledged; returns passphrases being set when it was killed."""
    being_set: dict[int, int] = {}
    acknowledged = 0
    for line in lines:
        words = line.split()
        if len(words) != 3:
            continue  # opening, ready, or a line cut short by the kill
        what, index, number = words[0], int(words[1]), int(words[2])
        vault = vaults[index]
        if what == "changing":
            being_set[index] = number
        elif what == "changed":
            vault.passphrase_number = number
            vault.passphrase_changes += 1
            being_set.pop(index, None)
        elif what == "added":
            vault.payments.add(number)
        elif what == "transfer":
            vault.transfers.add(number)
        acknowledged += what != "changing"
    return being_set, acknowledged


def _reopen(vault: VaultUnderTest, being_set: int | None, label: str):
    """Open with the acknowledged passphrase, else the one being set: old or new, never neither."""
    for number in (vault.passphrase_number, being_set):
        if number is None:
            continue
        try:
            session = vault_access.unlock_with_passphrase(
                vault.folder, kill_writer.passphrase(PASSPHRASE, number)
            )
        except WrongSecret:
            continue
        in_flight = number != vault.passphrase_number
        vault.passphrase_number = number
        return session, in_flight
    raise AssertionError(f"{label}: neither the old nor the new passphrase opens the vault")


def _check(vault: VaultUnderTest, being_set: int | None, label: str) -> bool:
    session, in_flight = _reopen(vault, being_set, label)
    try:
        assert vault_access.check_vault(session) == [], label
        conn = session.connection
        rows = dict(conn.execute("SELECT id, transfer_id FROM transactions"))
        missing = (vault.payments | vault.transfers) - rows.keys()
        assert not missing, f"{label}: acknowledged rows lost: {sorted(missing)}"
        halves = conn.execute(
            "SELECT transfer_id FROM transactions WHERE transfer_id IS NOT NULL "
            "GROUP BY transfer_id HAVING count(*) != 2"
        ).fetchall()
        assert not halves, f"{label}: transfers with one half: {halves}"
        noted = {
            int(match[1])
            for (detail,) in conn.execute(
                "SELECT detail FROM audit_log WHERE action IN ('transaction.added', "
                "'transfer.added')"
            )
            if (match := _NOTED.match(detail))
        }
        first_halves = {
            min(i for i, t in rows.items() if t == transfer_id)
            for transfer_id in set(rows.values()) - {None}
        }
        unnoted = {i for i, t in rows.items() if t is None} | first_halves
        assert unnoted <= noted, f"{label}: saved without audit entry: {sorted(unnoted - noted)}"
    finally:
        session.close()
    keys_file, mirror = vault.folder / "vault.keys", vault.folder / "vault.keys.bak"
    assert keys_file.read_bytes() == mirror.read_bytes(), f"{label}: mirror not repaired"
    return in_flight


def _lane(lane: int, template: Path, base: Path, children: int) -> Tally:
    rng = random.Random(SEED * 100 + lane)
    vaults = [
        _prepare(template, base / f"lane{lane}-vault{i}.dpvault") for i in range(VAULTS_PER_CHILD)
    ]
    tally = Tally()
    for child in range(children):
        label = f"seed {SEED}, lane {lane}, child {child}"
        change = child % CHANGE_PASSPHRASE_EVERY_NTH_CHILD == CHANGE_PASSPHRASE_EVERY_NTH_CHILD - 1
        lines, while_opening = _run_and_kill(
            _spec(vaults, rng.randrange(2**32), change),
            rng,
            label,
            MAX_CHANGING_SECONDS if change else MAX_WRITE_SECONDS,
        )
        being_set, acknowledged = _apply(lines, vaults)
        for index, vault in enumerate(vaults):
            in_flight = _check(vault, being_set.get(index), f"{label}, vault {index}")
            tally.in_flight_passphrase_in_force += in_flight
        tally.runs += len(vaults)
        tally.killed_while_opening += while_opening
        tally.acknowledged += acknowledged
    tally.passphrase_changes = sum(v.passphrase_changes for v in vaults)
    return tally


def test_a_kill_at_any_moment_loses_at_most_the_action_in_flight(template_vault, tmp_path):
    children = -(-RUNS // (LANES * VAULTS_PER_CHILD))
    with ThreadPoolExecutor(LANES) as pool:
        lanes = [
            pool.submit(_lane, lane, template_vault[0], tmp_path, children) for lane in range(LANES)
        ]
        tallies = [lane.result() for lane in lanes]
    runs = sum(t.runs for t in tallies)
    acknowledged = sum(t.acknowledged for t in tallies)
    changes = sum(t.passphrase_changes for t in tallies)
    print(
        f"kill harness: {runs} runs, {acknowledged} acknowledged writes, {changes} passphrase "
        f"changes, {sum(t.killed_while_opening for t in tallies)} kills while opening, "
        f"{sum(t.in_flight_passphrase_in_force for t in tallies)} in-flight passphrases in force"
    )
    assert runs >= RUNS
    assert acknowledged > runs  # the kills landed among the writes, not only before them
    assert changes > 0
