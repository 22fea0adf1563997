"""Kill -9 during restores (SECURITY.md R13, T1): afterwards the old or the new vault opens.

A child process (``restore_writer.py``) restores two backups of the same vault in turn, as fast
as it can; the test kills it at a random moment (SIGKILL; TerminateProcess on Windows), then
unlocks the vault with the usual passphrase and checks: both integrity checks clean, and the
records are exactly those of the backup being restored or of the state before it, never a mix.
The backups differ in how many payments they hold, which tells the states apart.

``DPKEEPER_RESTORE_KILL_RUNS`` (default 20) and ``DPKEEPER_KILL_SEED`` change the size and dice.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from dpkeeper.domain.ledger import TransactionFilter, TransactionInput
from dpkeeper.services import backups, money, vault_access
from tests.conftest import CHEAP_COST, PASSPHRASE
from tests.integration import restore_writer
from tests.integration.money_fixtures import PLAN_START, set_up_anna

WRITER = Path(restore_writer.__file__)
RUNS = int(os.environ.get("DPKEEPER_RESTORE_KILL_RUNS", "20"))
SEED = int(os.environ.get("DPKEEPER_KILL_SEED", "20260401"))
LANES = 2
MAX_WAIT_SECONDS = 0.3
PAYMENTS = {"backup 0": 1, "backup 1": 3, "before": 5}


def _payments(session) -> int:
    return len(money.find(session, TransactionFilter()))


def _prepare(template: Path, folder: Path, usb: Path) -> list[str]:
    """A vault with 5 payments, and backups of it at 1 and at 3 payments."""
    shutil.copytree(template, folder)
    session = vault_access.unlock_with_passphrase(folder, PASSPHRASE)
    made = []
    try:
        ids = set_up_anna(session)
        for n in range(5):
            entry = TransactionInput(
                PLAN_START, -450 - n, ids["bank"], "First Bus", ids["transport"]
            )
            money.record(session, entry)
            if n + 1 in (PAYMENTS["backup 0"], PAYMENTS["backup 1"]):
                made.append(str(backups.back_up(session, "manual", usb).path))
    finally:
        session.close()
    return made


def _kill_during_restores(folder: Path, bundles: list[str], rng: random.Random, label: str):
    spec = {
        "vault": str(folder),
        "passphrase": PASSPHRASE,
        "bundles": bundles,
        "first": rng.randrange(2),
        "cost": {
            "memory_kib": CHEAP_COST.memory_kib,
            "iterations": CHEAP_COST.iterations,
            "lanes": CHEAP_COST.lanes,
        },
    }
    child = subprocess.Popen(
        [sys.executable, str(WRITER), json.dumps(spec)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        ready = child.stdout.readline().strip()
        assert ready == "ready", f"{label}: the child did not start: {child.stderr.read()}"
        time.sleep(rng.uniform(0, MAX_WAIT_SECONDS))
    finally:
        child.kill()
        # Read through the same buffered pipe as ``readline`` (``communicate`` would skip what
        # it had already read ahead), now that the child is gone and cannot block on it.
        rest, errors = child.stdout.read(), child.stderr.read()
        child.wait()
    assert "Traceback" not in errors, f"{label}: the child failed:\n{errors}"
    return [line.split() for line in rest.splitlines() if len(line.split()) == 2]


def _allowed(lines: list[list[str]], state_before: str) -> tuple[set[str], str]:
    """The states a kill may leave, and the state the last finished restore left."""
    settled, allowed = state_before, {state_before}
    for what, index in lines:
        if what == "restoring":
            allowed = {settled, f"backup {index}"}
        elif what == "restored":
            settled = f"backup {index}"
            allowed = {settled}
    return allowed, settled


def _lane(lane: int, template: Path, base: Path, runs: int) -> tuple[int, int, int]:
    rng = random.Random(SEED * 10 + lane)
    usb = base / f"usb{lane}"
    usb.mkdir()
    folder = base / f"lane{lane}.dpvault"
    bundles = _prepare(template, folder, usb)
    state, restores, mid_restore = "before", 0, 0
    for run in range(runs):
        label = f"seed {SEED}, lane {lane}, run {run}"
        lines = _kill_during_restores(folder, bundles, rng, label)
        allowed, settled = _allowed(lines, state)
        restores += sum(what == "restored" for what, _ in lines)
        mid_restore += bool(lines) and lines[-1][0] == "restoring"
        session = vault_access.unlock_with_passphrase(folder, PASSPHRASE)  # never neither
        try:
            assert vault_access.check_vault(session) == [], label
            found = _payments(session)
        finally:
            session.close()
        matches = [name for name in allowed if PAYMENTS[name] == found]
        assert matches, f"{label}: {found} payments, expected one of {sorted(allowed)}"
        state = matches[0] if len(matches) == 1 else settled
    return runs, restores, mid_restore


def test_a_kill_during_a_restore_leaves_the_old_or_the_new_vault(template_vault, tmp_path):
    per_lane = -(-RUNS // LANES)
    with ThreadPoolExecutor(LANES) as pool:
        lanes = [
            pool.submit(_lane, lane, template_vault[0], tmp_path, per_lane) for lane in range(LANES)
        ]
        results = [lane.result() for lane in lanes]
    runs, restores, mid_restore = (sum(column) for column in zip(*results, strict=True))
    print(
        f"restore kill test: {runs} kills, {mid_restore} in the middle of a restore, "
        f"{restores} restores finished before them"
    )
    assert runs >= RUNS
    assert mid_restore > 0 and restores > 0  # both states were really put to the test
