"""Who may do what: the three roles a person can have in a vault, and the actions each may take.

The *holder* is the person whose vault it is (or who manages it for them): they may do
everything. A *helper* (a carer, a family member) keeps the records up to date: they record
money in and out, correct payments, add and match receipts, and record hours; they cannot
delete anything, change the plan, accounts, categories or staff details, close periods, restore
backups or choose who else can open the vault. An *advocate* looks, and produces statements for
reviews and the council: they cannot change the records.

Undo reaches only the changes the signed-in person made since they unlocked (for everyone).
A helper cannot delete, so undoing their own change never removes someone else's record: at
most it takes back a payment they added themselves, or puts back what a payment said before
they changed it.

These are application rules, not a lock: everyone who can open a vault holds the same data key
(SECURITY.md §6.4). They stop mistakes and record who did what.
"""

from __future__ import annotations

from enum import Enum

from dpkeeper.domain.errors import NotAllowed
from dpkeeper.domain.text import QT_TRANSLATE_NOOP

ACCESS = "Access"

HOLDER, HELPER, ADVOCATE = "holder", "helper", "advocate"
ROLES = (HOLDER, HELPER, ADVOCATE)
#: The roles the holder can give to someone else.
GIVEN_ROLES = (HELPER, ADVOCATE)


class Action(Enum):
    RECORD_MONEY = "record money"  # spending, money in, transfers
    CHANGE_MONEY = "change money"  # correct a payment
    DELETE = "delete"  # delete or restore payments, receipts, shifts, absences
    RECEIPTS = "receipts"  # add, match, unmatch, turn; a no-receipt reason
    HOURS = "hours"  # add and change shifts and absences
    STAFF = "staff"  # PAs' details, checks, pay rates and payslips
    PLAN = "plan"  # the support plan, accounts, categories
    IMPORT = "import"  # bank statements
    STATEMENTS = "statements"  # produce, save, print
    CLOSE_PERIODS = "close periods"  # mark a return as sent, reopen
    ACCESS = "access"  # add and remove people
    SECRETS = "secrets"  # one's own passphrase and "remember on this computer"
    RECOVERY_CODE = "recovery code"
    SETTINGS = "settings"  # the vault's own settings, like the auto-lock time
    BACKUP = "backup"
    RESTORE = "restore"
    UNDO = "undo"  # one's own changes since unlocking


_ALLOWED: dict[str, frozenset[Action]] = {
    HOLDER: frozenset(Action),
    HELPER: frozenset(
        {
            Action.RECORD_MONEY,
            Action.CHANGE_MONEY,
            Action.RECEIPTS,
            Action.HOURS,
            Action.STATEMENTS,
            Action.SECRETS,
            Action.BACKUP,
            Action.UNDO,
        }
    ),
    ADVOCATE: frozenset({Action.STATEMENTS, Action.SECRETS, Action.BACKUP}),
}

# One whole sentence per action, so each can be translated as it stands.
_REFUSALS = {
    Action.RECORD_MONEY: QT_TRANSLATE_NOOP(
        "Errors",
        "Only the person whose vault this is, or a helper, can record money in or out. "
        "You are signed in as {who}, so nothing was changed.",
    ),
    Action.CHANGE_MONEY: QT_TRANSLATE_NOOP(
        "Errors",
        "Only the person whose vault this is, or a helper, can change payments. "
        "You are signed in as {who}, so nothing was changed.",
    ),
    Action.DELETE: QT_TRANSLATE_NOOP(
        "Errors",
        "Only the person whose vault this is can delete things, or bring deleted things back. "
        "You are signed in as {who}, so nothing was changed. If something needs deleting, "
        "please ask them.",
    ),
    Action.RECEIPTS: QT_TRANSLATE_NOOP(
        "Errors",
        "Only the person whose vault this is, or a helper, can add or match receipts. "
        "You are signed in as {who}, so nothing was changed.",
    ),
    Action.HOURS: QT_TRANSLATE_NOOP(
        "Errors",
        "Only the person whose vault this is, or a helper, can record hours. "
        "You are signed in as {who}, so nothing was changed.",
    ),
    Action.STAFF: QT_TRANSLATE_NOOP(
        "Errors",
        "Only the person whose vault this is can change PAs' details, checks or pay. "
        "You are signed in as {who}, so nothing was changed.",
    ),
    Action.PLAN: QT_TRANSLATE_NOOP(
        "Errors",
        "Only the person whose vault this is can change the support plan, accounts or "
        "categories. You are signed in as {who}, so nothing was changed.",
    ),
    Action.IMPORT: QT_TRANSLATE_NOOP(
        "Errors",
        "Only the person whose vault this is can import bank statements. "
        "You are signed in as {who}, so nothing was changed.",
    ),
    Action.STATEMENTS: QT_TRANSLATE_NOOP(
        "Errors",
        "Statements cannot be made while you are signed in as {who}.",
    ),
    Action.CLOSE_PERIODS: QT_TRANSLATE_NOOP(
        "Errors",
        "Only the person whose vault this is can mark a return as sent, or reopen a period. "
        "You are signed in as {who}, so nothing was changed.",
    ),
    Action.ACCESS: QT_TRANSLATE_NOOP(
        "Errors",
        "Only the person whose vault this is can choose who else can open it. "
        "You are signed in as {who}, so nothing was changed.",
    ),
    Action.SECRETS: QT_TRANSLATE_NOOP(
        "Errors",
        "Your passphrase cannot be changed while you are signed in as {who}.",
    ),
    Action.RECOVERY_CODE: QT_TRANSLATE_NOOP(
        "Errors",
        "Only the person whose vault this is can make a new recovery code. "
        "You are signed in as {who}, so nothing was changed.",
    ),
    Action.SETTINGS: QT_TRANSLATE_NOOP(
        "Errors",
        "Only the person whose vault this is can change this vault's settings. "
        "You are signed in as {who}, so nothing was changed.",
    ),
    Action.BACKUP: QT_TRANSLATE_NOOP(
        "Errors",
        "Backups cannot be made while you are signed in as {who}.",
    ),
    Action.RESTORE: QT_TRANSLATE_NOOP(
        "Errors",
        "Only the person whose vault this is can put back a backup. "
        "You are signed in as {who}, so nothing was changed.",
    ),
    Action.UNDO: QT_TRANSLATE_NOOP(
        "Errors",
        "Only the person whose vault this is, or a helper, can undo changes. "
        "You are signed in as {who}, so nothing was changed.",
    ),
}

ROLE_NAMES = {
    HOLDER: QT_TRANSLATE_NOOP("Access", "whose vault this is"),
    HELPER: QT_TRANSLATE_NOOP("Access", "helper"),
    ADVOCATE: QT_TRANSLATE_NOOP("Access", "advocate"),
}

#: What each role may do, in words for the person signed in (Settings, ``dpkeeper people``).
ROLE_SUMMARIES = {
    HOLDER: QT_TRANSLATE_NOOP(
        "Access",
        "You can do everything: record and change money, receipts, hours, staff and the plan, "
        "make statements, and choose who else can open this vault.",
    ),
    HELPER: QT_TRANSLATE_NOOP(
        "Access",
        "You can record money in and out, correct payments, add and match receipts, record "
        "hours, make statements and back up. You cannot delete anything, change the plan, "
        "accounts or staff details, mark a return as sent, or choose who can open the vault.",
    ),
    ADVOCATE: QT_TRANSLATE_NOOP(
        "Access",
        "You can look at everything, make, save and print statements, and back up the vault. "
        "You cannot change the records.",
    ),
}

#: One line for each role the holder can give, for the "Add a person" choices.
ROLE_EXPLANATIONS = {
    HELPER: QT_TRANSLATE_NOOP(
        "Access",
        "Can record spending, money in, receipts and hours. Cannot delete, change the plan "
        "or staff details, or add people.",
    ),
    ADVOCATE: QT_TRANSLATE_NOOP(
        "Access",
        "Can look at everything and make statements for reviews. Cannot change anything.",
    ),
}


def allowed(role: str, action: Action) -> bool:
    """Whether someone with ``role`` may take ``action``. An unknown role may do nothing."""
    return action in _ALLOWED.get(role, frozenset())


def check(role: str, action: Action, signed_in_as: str) -> None:
    """Raise ``NotAllowed`` (saying who can do it) unless ``role`` may take ``action``."""
    if not allowed(role, action):
        raise NotAllowed(_REFUSALS[action], who=signed_in_as)
