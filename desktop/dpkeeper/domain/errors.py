"""The problems a person can fix, each with a plain-English message and a next step.

Every error carries a message *template* (marked for translation) and the values that fill it,
so the GUI can translate it and the CLI can print it. ``exit_code`` is what the CLI returns.
"""

from __future__ import annotations

from dpkeeper.domain.text import ERRORS, QT_TRANSLATE_NOOP


class UserError(Exception):
    """Base for errors whose message is safe and useful to show to the person."""

    exit_code = 1
    context = ERRORS

    def __init__(self, template: str, **fields: object) -> None:
        self.template = template
        self.fields = fields
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.fields)


class InvalidInput(UserError):
    """Something typed or chosen cannot be used; nothing was changed."""

    exit_code = 2


class VaultAlreadyExists(InvalidInput):
    """Creating a vault where something already exists: we never write over it."""

    def __init__(self, path: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "There is already something at {path}. Nothing was changed. "
                "Please choose a different name or folder for the new vault.",
            ),
            path=path,
        )


class WrongSecret(UserError):
    """The passphrase or recovery code did not open the vault."""

    exit_code = 3


class VaultDamaged(UserError):
    """The vault's files cannot be read: damaged, incomplete, or not a vault at all."""

    exit_code = 4


class VaultTooNew(VaultDamaged):
    """The vault was written by a newer version of the app; it is left untouched."""

    def __init__(self, found: int, supported: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This vault was saved by a newer version of Direct Payments Keeper "
                "(records version {found}; this version understands up to {supported}). "
                "Nothing was changed. Please install the newer version to open it.",
            ),
            found=found,
            supported=supported,
        )


class UnreadableInput(UserError):
    """A file given to the app cannot be read."""

    exit_code = 5


class KeychainProblem(UserError):
    """The computer's keychain could not be used; the passphrase still works."""

    exit_code = 1


class VaultInUse(UserError):
    """Another window or command has this vault open; only one may change it at a time."""

    exit_code = 6

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This vault is open in another window of Direct Payments Keeper, or a dpkeeper "
                "command is using it. Only one window can change a vault at a time, so nothing "
                "is lost. Close the vault there (or wait for the command to finish), then try "
                "again.",
            )
        )


class StorageProblem(UserError):
    """The computer could not write to the disk the vault is on: full, removed or failing."""

    exit_code = 7


class NotAllowed(UserError):
    """The person signed in has a role that may not do this (see ``domain.access``)."""

    exit_code = 8
