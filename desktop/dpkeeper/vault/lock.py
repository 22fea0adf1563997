"""Only one copy of the app writes to a vault at a time: an OS lock on ``vault.lock``.

The lock is the operating system's (``flock`` on Linux and macOS, ``msvcrt.locking`` on Windows),
so it goes away by itself when the process ends, however it ends: a lock file left behind by a
crash is just an empty file and never blocks. A clean release also deletes the file.

SQLite's own locking already keeps the records consistent; this lock is what lets a second window
say plainly "this vault is open elsewhere" instead of failing later with "database is locked".
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys

from dpkeeper.domain.errors import VaultInUse
from dpkeeper.vault.store import VaultLocation

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

#: Tries before giving up when another process deletes the lock file under us (see ``_take``).
_ATTEMPTS = 5
_TAKEN, _BUSY, _UNSUPPORTED, _STALE = "taken", "busy", "unsupported", "stale"
_NO_INHERIT = getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOINHERIT", 0)


class VaultLock:
    """The lock on one vault folder, held until ``release()`` or the end of the process."""

    def __init__(self, location: VaultLocation, fd: int | None) -> None:
        self.location = location
        self._fd = fd

    @property
    def held(self) -> bool:
        """False once released, and for a vault whose folder cannot hold a lock (see ``take``)."""
        return self._fd is not None

    def release(self) -> None:
        """Let go of the lock and delete the lock file; safe to call more than once."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        path = self.location.lock
        if sys.platform == "win32":
            with contextlib.suppress(OSError):
                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
            os.close(fd)  # Windows cannot delete a file that is open, so close it first
            with contextlib.suppress(OSError):  # another window has just opened it: it stays
                os.unlink(path)
            return
        # Delete while still locked, and only our own file: a waiting opener then sees that the
        # file it locked is no longer the vault's lock file and starts again (``_take``).
        with contextlib.suppress(OSError):
            if _same_file(fd, path):
                os.unlink(path)
        os.close(fd)


def take(location: VaultLocation) -> VaultLock:
    """Lock the vault for this process, or raise ``VaultInUse`` if another one holds it.

    Where no lock file can be made or locked (a read-only folder, a file system without locks)
    the vault opens anyway, unlocked: the lock is a courtesy, SQLite's locking keeps the data safe.
    """
    for _ in range(_ATTEMPTS):
        try:
            fd = os.open(location.lock, os.O_RDWR | os.O_CREAT | _NO_INHERIT, 0o600)
        except OSError:
            return VaultLock(location, None)
        outcome = _take(fd, location)
        if outcome == _TAKEN:
            return VaultLock(location, fd)
        os.close(fd)
        if outcome == _BUSY:
            raise VaultInUse()
        if outcome == _UNSUPPORTED:
            return VaultLock(location, None)
    raise VaultInUse()


def _take(fd: int, location: VaultLocation) -> str:
    if sys.platform == "win32":
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # one byte at offset 0 stands for the vault
        except OSError as exc:
            return _BUSY if exc.errno in (errno.EACCES, errno.EDEADLOCK) else _UNSUPPORTED
        return _TAKEN
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return _BUSY
    except OSError:
        return _UNSUPPORTED
    # The holder we waited on may have deleted this file as it let go; then it is not the lock.
    return _TAKEN if _same_file(fd, location.lock) else _STALE


def _same_file(fd: int, path: os.PathLike) -> bool:
    try:
        on_disk = os.stat(path)
    except OSError:
        return False
    ours = os.fstat(fd)
    return (on_disk.st_dev, on_disk.st_ino) == (ours.st_dev, ours.st_ino)
