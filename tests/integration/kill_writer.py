"""A writer for the kill harness (``test_kill_harness.py``), run as a child process and killed.

Usage: ``python kill_writer.py SPEC_JSON``. It opens every vault in the spec, one thread each,
and saves payments, transfers and (if asked) new passphrases in a loop through the real
services. Each line it prints is flushed before the next write starts:

    opening                      imports done, about to unlock the vaults
    ready                        every vault is open
    changing VAULT NUMBER        about to switch to passphrase NUMBER
    changed VAULT NUMBER         passphrase NUMBER is now the one in force
    added VAULT ID               payment ID is saved
    transfer VAULT ID            transfer ID (and its partner row) is saved

Writing a line only after the service call has returned is what makes it an acknowledgement.
"""

from __future__ import annotations

import json
import random
import sys
import threading
from datetime import date, timedelta

from dpkeeper.domain.ledger import TransactionInput
from dpkeeper.services import money, vault_access
from dpkeeper.vault import keys

_say_lock = threading.Lock()


def passphrase(base: str, number: int) -> str:
    """The harness's passphrase number ``number``; number 0 is the vault's original one."""
    return base if number == 0 else f"{base} {number}"


def _say(*words: object) -> None:
    with _say_lock:
        sys.stdout.write(" ".join(str(w) for w in words) + "\n")
        sys.stdout.flush()


def _write_forever(index: int, session, vault: dict, spec: dict, rng: random.Random) -> None:
    number = vault["passphrase_number"]
    start = date.fromisoformat(spec["first_day"])
    step = 0
    while True:
        step += 1
        day = start + timedelta(days=rng.randrange(300))
        if spec["change_passphrase_every"] and step % spec["change_passphrase_every"] == 0:
            number += 1
            new = passphrase(spec["passphrase"], number)
            _say("changing", index, number)
            vault_access.change_passphrase(session, new, new)
            _say("changed", index, number)
        elif step % 5 == 0:
            first = money.transfer(session, day, rng.randrange(100, 5000), *vault["transfer"])
            _say("transfer", index, first)
        else:
            entry = TransactionInput(
                day,
                -rng.randrange(100, 20000),
                vault["account"],
                rng.choice(("Morrisons", "Leeds Taxis", "Jo Smith (PA)", "Boots")),
                vault["category"],
                note="x" * rng.randrange(0, 400),
            )
            _say("added", index, money.record(session, entry))


def main(spec: dict) -> None:
    cost = keys.ArgonCost(**spec["cost"])
    keys.argon2_cost = lambda: cost  # new passphrase slots as cheap as the test vault's
    rng = random.Random(spec["seed"])
    _say("opening")
    sessions = []
    for vault in spec["vaults"]:
        secret = passphrase(spec["passphrase"], vault["passphrase_number"])
        sessions.append(vault_access.unlock_with_passphrase(vault["folder"], secret))
    _say("ready")
    threads = [
        threading.Thread(
            target=_write_forever,
            args=(i, session, vault, spec, random.Random(rng.random())),
            daemon=True,
        )
        for i, (session, vault) in enumerate(zip(sessions, spec["vaults"], strict=True))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()  # until the harness kills the process


if __name__ == "__main__":
    main(json.loads(sys.argv[1]))
