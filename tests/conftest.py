"""Shared test set-up: private folders, a cheap key derivation, and an in-memory keychain.

Key derivation is slow on purpose (about half a second). Tests use a cheap Argon2id cost so the
suite stays fast; ``tests/integration/test_real_kdf.py`` keeps one check with the real cost.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import keyring
import pytest

from dpkeeper.services import vault_access
from dpkeeper.vault import keychain as keychain_module
from dpkeeper.vault import keys
from tests.integration.money_fixtures import set_up_anna
from tests.memory_keyring import MemoryKeyring

CHEAP_COST = keys.ArgonCost(memory_kib=1024, iterations=1, lanes=1)
PASSPHRASE = "kettle garden blue"
PERSON = "Anna Okafor"


@pytest.fixture(autouse=True)
def private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every settings and data folder at this test's own temporary folder."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("DPKEEPER_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("DPKEEPER_DATA_DIR", str(tmp_path / "vaults"))
    for name in ("DPKEEPER_PASSPHRASE", "DPKEEPER_RECOVERY_CODE", "DPKEEPER_NEW_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> keys.ArgonCost:
    monkeypatch.setattr(keys, "argon2_cost", lambda: CHEAP_COST)
    return CHEAP_COST


@pytest.fixture(autouse=True)
def memory_keychain(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    """Every test gets an in-memory keychain, trusted as a real one would be."""
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    monkeypatch.setattr(
        keychain_module,
        "TRUSTED_BACKEND_MODULES",
        keychain_module.TRUSTED_BACKEND_MODULES | {MemoryKeyring.__module__},
    )
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def template_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """One vault made once per test run (cheap key derivation); tests get copies of it."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keys, "argon2_cost", lambda: CHEAP_COST)
        folder = tmp_path_factory.mktemp("template") / "Anna.dpvault"
        code = vault_access.new_recovery_code()
        session = vault_access.create_vault(folder, PERSON, PASSPHRASE, PASSPHRASE, code)
        session.close()
    return folder, code


@pytest.fixture
def vault(template_vault: tuple[Path, str], tmp_path: Path) -> Path:
    """A fresh copy of the template vault, unlocked by ``PASSPHRASE``."""
    folder = tmp_path / "vaults" / "Anna.dpvault"
    shutil.copytree(template_vault[0], folder)
    return folder


@pytest.fixture
def recovery_code(template_vault: tuple[Path, str]) -> str:
    return template_vault[1]


def file_hashes(folder: Path) -> dict[str, bytes]:
    """Every file in a folder with its exact bytes, to prove nothing was changed."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def session(vault: Path):
    """The test vault, unlocked; closed again after the test."""
    opened = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    yield opened
    opened.close()


@pytest.fixture
def ids(session) -> dict[str, int]:
    """Anna's accounts, plan and category ids (see ``money_fixtures.set_up_anna``)."""
    return set_up_anna(session)
