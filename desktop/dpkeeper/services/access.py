"""Who can open this vault, and what they may do: the holder lets a helper or advocate in with
their own passphrase, and can take that access away again.

Each person the holder adds gets their own passphrase slot carrying their role; the role is
sealed into the slot, so it cannot be edited. The slot's label is a random id, never the name
(the slot file is not encrypted); the name is kept inside the records. Changing someone's role
would need their passphrase to seal a new slot, so it is done by removing and adding them again.

Roles stop mistakes and record who did what; they are not a lock (see ``domain.access``).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from dpkeeper.domain import access as access_rules
from dpkeeper.domain import passphrase as passphrase_rules
from dpkeeper.domain.access import Action
from dpkeeper.domain.errors import InvalidInput
from dpkeeper.domain.text import QT_TRANSLATE_NOOP
from dpkeeper.records import vault_info
from dpkeeper.records.db import transaction
from dpkeeper.services import vault_access
from dpkeeper.services.session import PERSON_LABEL, Session, name_key, person_of
from dpkeeper.vault import keys

MAX_NAME_LENGTH = 100


def require(session: Session, action: Action) -> None:
    """Refuse (``NotAllowed``, saying who can do it) unless the signed-in person may act."""
    access_rules.check(session.role, action, session.actor)


@dataclass(frozen=True, slots=True)
class Person:
    """Someone who can open this vault, with every way they have in."""

    key: str  # "" for the holder, else their slots' label
    name: str
    role: str
    ways_in: tuple[str, ...]  # slot kinds: passphrase, recovery, device
    slot_ids: tuple[str, ...]

    @property
    def is_holder(self) -> bool:
        return self.role == access_rules.HOLDER


def people(session: Session) -> list[Person]:
    """One row per person who can open the vault: the holder first, then the others by name."""
    grouped: dict[str, list[keys.KeySlot]] = {}
    for slot in session.key_file.slots:
        grouped.setdefault(person_of(slot), []).append(slot)
    found = []
    for key, slots in grouped.items():
        stored = vault_info.get(session.connection, name_key(key)) if key else None
        name = session.person_name if not key else stored or ""
        found.append(
            Person(
                key=key,
                name=name,
                role=slots[0].role,
                ways_in=tuple(dict.fromkeys(slot.kind for slot in slots)),
                slot_ids=tuple(slot.id for slot in slots),
            )
        )
    return sorted(found, key=lambda p: (not p.is_holder, p.key != "", p.name.casefold()))


def _clean_name(session: Session, name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Please type the name of the person you are letting in.")
        )
    if len(cleaned) > MAX_NAME_LENGTH:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Please use a name shorter than {limit} characters."),
            limit=MAX_NAME_LENGTH,
        )
    if any(p.name.casefold() == cleaned.casefold() for p in people(session)):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Someone called “{name}” can already open this vault. Please add a surname or "
                "initial, so the history shows who did what.",
            ),
            name=cleaned,
        )
    return cleaned


def add_person(session: Session, name: str, role: str, passphrase: str, repeated: str) -> Person:
    """Let someone in with their own passphrase and a role (helper or advocate)."""
    require(session, Action.ACCESS)
    cleaned = _clean_name(session, name)
    if role not in access_rules.GIVEN_ROLES:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Please choose helper or advocate."))
    secret = passphrase_rules.for_new_vault(passphrase, repeated)
    if len(session.key_file.slots) >= keys.MAX_SLOTS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This vault cannot let anyone else in: it has the most ways in it can hold. "
                "Remove someone who no longer needs access first.",
            )
        )
    if vault_access.opens_a_slot(session.key_file, passphrase):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "That passphrase already opens this vault. Please choose a different one for "
                "{name}, so the app knows who is signing in.",
            ),
            name=cleaned,
        )
    key = PERSON_LABEL + secrets.token_hex(6)
    slot = keys.make_slot(
        session.data_key(),
        secret,
        vault_id=session.key_file.vault_id,
        kind=keys.PASSPHRASE,
        label=key,
        role=role,
    )
    # The name first: if the slot file cannot be written, an unused name is all that is left.
    with transaction(session.connection) as conn:
        vault_info.put(conn, name_key(key), cleaned)
    vault_access.save_key_file(
        session, session.key_file.with_slot(slot), "access.added", f"{cleaned} ({role})"
    )
    return Person(key, cleaned, role, (keys.PASSPHRASE,), (slot.id,))


def find_person(session: Session, name_or_slot: str) -> Person:
    """A person by name (any letter case), or by one of their slot ids."""
    wanted = " ".join(name_or_slot.split()).casefold()
    everyone = people(session)
    for person in everyone:
        if person.name.casefold() == wanted or wanted in person.slot_ids or wanted == person.key:
            return person
    raise InvalidInput(
        QT_TRANSLATE_NOOP(
            "Errors", "Nobody called “{name}” can open this vault. The people who can are: {names}."
        ),
        name=name_or_slot.strip(),
        names=", ".join(p.name or p.role for p in everyone),
    )


def remove_person(session: Session, name_or_slot: str) -> Person:
    """Take away someone's access: every way they had in stops working at once."""
    require(session, Action.ACCESS)
    person = find_person(session, name_or_slot)
    if person.key == person_of(session.slot):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "You cannot remove yourself. Nothing was changed.")
        )
    if person.is_holder:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The person whose vault this is cannot be removed: the vault would have "
                "nobody to look after it. Nothing was changed.",
            )
        )
    vault_access.save_key_file(
        session,
        session.key_file.without(*person.slot_ids),
        "access.removed",
        f"{person.name} ({person.role})",
    )
    return person
