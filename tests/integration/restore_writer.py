"""A child for the restore kill test (``test_restore_kill.py``): restores backups until killed.

Usage: ``python restore_writer.py SPEC_JSON``. It unlocks the vault, then restores the backups in
the spec one after the other, round and round, through the real service. Each line is flushed:

    ready                 the vault is open
    restoring INDEX       about to restore backup INDEX
    restored INDEX        backup INDEX is in place and the vault is open again
"""

from __future__ import annotations

import json
import sys

from dpkeeper.services import backups, vault_access
from dpkeeper.vault import keys


def _say(*words: object) -> None:
    sys.stdout.write(" ".join(str(w) for w in words) + "\n")
    sys.stdout.flush()


def main(spec: dict) -> None:
    cost = keys.ArgonCost(**spec["cost"])
    keys.argon2_cost = lambda: cost
    session = vault_access.unlock_with_passphrase(spec["vault"], spec["passphrase"])
    _say("ready")
    turn = spec["first"]
    while True:
        index = turn % len(spec["bundles"])
        _say("restoring", index)
        session = backups.restore(session, spec["bundles"][index])
        _say("restored", index)
        turn += 1


if __name__ == "__main__":
    main(json.loads(sys.argv[1]))
