"""Timing checks with the real key derivation cost (run with `make perf`)."""

import time

import pytest

from dpkeeper.services import vault_access
from dpkeeper.vault import keys

pytestmark = pytest.mark.perf


def test_unlocking_with_the_real_cost_takes_under_one_and_a_half_seconds(tmp_path, monkeypatch):
    monkeypatch.setattr(keys, "argon2_cost", keys.calibrated_cost)
    folder = tmp_path / "Speed.dpvault"
    code = vault_access.new_recovery_code()
    words = "kettle garden blue"
    vault_access.create_vault(folder, "Anna Okafor", words, words, code).close()

    timings = []
    for _ in range(3):
        started = time.perf_counter()
        vault_access.unlock_with_passphrase(folder, words).close()
        timings.append(time.perf_counter() - started)
    print(f"unlock seconds: {[round(t, 3) for t in timings]}")
    assert max(timings) <= 1.5
    # Even the cheapest calibrated cost (64 MiB, 3 passes) takes over 0.1 s here.
    assert min(timings) >= 0.1
