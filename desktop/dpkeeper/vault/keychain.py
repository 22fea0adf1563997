"""'Remember on this computer': a per-vault secret kept in the operating system's keychain.

Only real keychains are trusted (macOS Keychain, Windows Credential Locker, Secret Service,
KWallet). Every call runs on its own short-lived thread with a time limit, because a locked or
broken keychain can block for a long time; any problem means "not remembered", never a crash.
"""

from __future__ import annotations

import base64
import contextlib
import threading
from collections.abc import Callable
from typing import TypeVar

import keyring
from keyring.backend import KeyringBackend

from dpkeeper import APP_NAME

SERVICE = APP_NAME
TIMEOUT_SECONDS = 5.0
TRUSTED_BACKEND_MODULES = {
    "keyring.backends.macOS",
    "keyring.backends.Windows",
    "keyring.backends.SecretService",
    "keyring.backends.kwallet",
    "keyring.backends.libsecret",
}

T = TypeVar("T")


class KeychainFailed(Exception):
    """The keychain refused, failed, or did not answer in time."""


def _trusted(backend: KeyringBackend) -> bool:
    children = getattr(backend, "backends", None)
    if children is not None:  # keyring's ChainerBackend
        return any(_trusted(child) for child in children)
    return type(backend).__module__ in TRUSTED_BACKEND_MODULES


class Keychain:
    """A small, time-limited face on ``keyring`` for one purpose: device secrets."""

    def __init__(self, backend: KeyringBackend | None = None, timeout: float = TIMEOUT_SECONDS):
        self._backend = backend
        self._timeout = timeout

    @property
    def backend(self) -> KeyringBackend:
        return self._backend if self._backend is not None else keyring.get_keyring()

    def usable(self) -> bool:
        """True when a real keychain is available to remember vaults on this computer."""
        try:
            return _trusted(self.backend)
        except Exception:  # noqa: BLE001 - a broken keyring set-up means "not usable"
            return False

    def _call(self, action: Callable[[], T]) -> T:
        outcome: dict[str, object] = {}

        def run() -> None:
            try:
                outcome["value"] = action()
            except Exception as exc:  # noqa: BLE001 - any keychain failure is reported the same way
                outcome["error"] = exc

        worker = threading.Thread(target=run, name="keychain", daemon=True)
        worker.start()
        worker.join(self._timeout)
        if worker.is_alive():
            raise KeychainFailed("the keychain did not answer in time")
        if "error" in outcome:
            raise KeychainFailed(type(outcome["error"]).__name__)
        return outcome.get("value")  # type: ignore[return-value]

    def store(self, vault_id: str, secret: bytes) -> None:
        encoded = base64.b64encode(secret).decode("ascii")
        backend = self.backend
        self._call(lambda: backend.set_password(SERVICE, vault_id, encoded))

    def fetch(self, vault_id: str) -> bytes | None:
        """The remembered secret, or None if there is none or the keychain cannot be used."""
        if not self.usable():
            return None
        backend = self.backend
        try:
            encoded = self._call(lambda: backend.get_password(SERVICE, vault_id))
            return base64.b64decode(encoded, validate=True) if encoded else None
        except (KeychainFailed, ValueError, TypeError):
            return None

    def forget(self, vault_id: str) -> None:
        backend = self.backend
        # Nothing remembered, or no keychain: either way the secret is gone as far as we know.
        with contextlib.suppress(KeychainFailed):
            self._call(lambda: backend.delete_password(SERVICE, vault_id))
