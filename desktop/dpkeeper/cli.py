"""Headless commands for scripts, tests and advocates: ``dpkeeper init``, ``dpkeeper check``, …

Secrets are read from ``DPKEEPER_PASSPHRASE`` or ``DPKEEPER_RECOVERY_CODE`` when set, otherwise
asked for at the prompt; never from the command line, where other users could see them.

Exit codes: 0 ok, 2 usage, 3 wrong passphrase or recovery code, 4 damaged or not a vault (or made
by a newer version), 5 unreadable input file, 8 not allowed for the role of the person signed in.
"""

from __future__ import annotations

import argparse
import csv
import getpass
import os
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from dpkeeper import __version__
from dpkeeper.domain.access import GIVEN_ROLES, ROLE_EXPLANATIONS, Action
from dpkeeper.domain.categories import Direction
from dpkeeper.domain.dates import format_day, parse_day
from dpkeeper.domain.errors import InvalidInput, UserError, VaultDamaged, VaultTooNew
from dpkeeper.domain.ledger import TransactionFilter, TransactionInput
from dpkeeper.domain.money import format_pence, parse_pence
from dpkeeper.domain.staff import ShiftType, format_minutes, format_shift
from dpkeeper.services import (
    access,
    backups,
    bank_import,
    demo,
    money,
    receipts,
    staff,
    statement_files,
    timesheets,
    vault_access,
)
from dpkeeper.services.session import Session
from dpkeeper.startup import harden_process
from dpkeeper.vault.bundle import BackupUnusable

EXIT_OK, EXIT_USAGE, EXIT_UNREADABLE = 0, 2, 5
PASSPHRASE_ENV = "DPKEEPER_PASSPHRASE"
RECOVERY_ENV = "DPKEEPER_RECOVERY_CODE"
NEW_PASSPHRASE_ENV = "DPKEEPER_NEW_PASSPHRASE"


def _say(text: str) -> None:
    print(text, file=sys.stderr)


def _ask(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise InvalidInput(
            "No passphrase was given. Set {env} or run this command in a terminal.",
            env=PASSPHRASE_ENV,
        )
    return getpass.getpass(prompt)


def _new_passphrase(env: str) -> tuple[str, str]:
    if env in os.environ:
        value = os.environ[env]
        return value, value
    return _ask("Choose a passphrase: "), _ask("Type it again: ")


def _unlock(vault: str) -> Session:
    if RECOVERY_ENV in os.environ:
        return vault_access.unlock_with_recovery_code(vault, os.environ[RECOVERY_ENV])
    if PASSPHRASE_ENV in os.environ:
        return vault_access.unlock_with_passphrase(vault, os.environ[PASSPHRASE_ENV])
    return vault_access.unlock_with_passphrase(vault, _ask("Passphrase: "))


def cmd_init(args: argparse.Namespace) -> int:
    name = args.name if args.name is not None else input("Whose records are these? Name: ")
    passphrase, repeated = _new_passphrase(PASSPHRASE_ENV)
    code = vault_access.new_recovery_code()
    session = vault_access.create_vault(args.vault, name, passphrase, repeated, code)
    session.close()
    _say(f"Created a new vault at {session.location.folder}")
    _say("Your recovery code is below. Write it down and keep it somewhere safe:")
    _say("it opens the vault if the passphrase is forgotten. It will not be shown again.")
    print(code)
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    session = _unlock(args.vault)
    try:
        problems = vault_access.check_vault(session)
    finally:
        session.close()
    if problems:
        _say("The vault opened, but these parts are damaged:")
        for problem in problems[:20]:
            _say(f"  {problem}")
        _say("Please open a backup copy of the vault, or ask someone you trust to help.")
        return 4
    _say(f"The vault at {session.location.folder} is sound.")
    return EXIT_OK


def cmd_change_passphrase(args: argparse.Namespace) -> int:
    session = _unlock(args.vault)
    try:
        new, repeated = _new_passphrase(NEW_PASSPHRASE_ENV)
        vault_access.change_passphrase(session, new, repeated)
    finally:
        session.close()
    _say("The passphrase has been changed. The old one no longer opens the vault.")
    return EXIT_OK


def cmd_new_recovery_code(args: argparse.Namespace) -> int:
    session = _unlock(args.vault)
    code = vault_access.new_recovery_code()
    try:
        vault_access.replace_recovery_code(session, code)
    finally:
        session.close()
    _say("Here is your new recovery code. The old code no longer opens the vault.")
    print(code)
    return EXIT_OK


def cmd_add(args: argparse.Namespace) -> int:
    when = parse_day(args.date)
    amount = parse_pence(args.amount)
    attach = [
        receipts.prepare(path) for path in args.receipt
    ]  # read first: a bad file adds nothing
    session = _unlock(args.vault)
    try:
        account = money.find_account(session, args.account)
        direction = Direction.IN if amount > 0 else Direction.OUT
        if args.category:
            category_id = money.find_category(session, args.category, direction).category_id
        else:
            category_id = money.suggested_category(session, args.payee)
        entry = TransactionInput(
            when,
            amount,
            account.account_id,
            args.payee,
            category_id,
            note=args.note or "",
            no_receipt_reason=args.no_receipt_reason or "",
        )
        transaction_id = money.record(session, entry, attach)
    finally:
        session.close()
    kind = "money in" if amount > 0 else "spending"
    _say(
        f"Added {kind} of {format_pence(abs(amount))} on {format_day(when)} "
        f"({args.payee}, {account.name}) as number {transaction_id}"
        + (f", with {_count(len(attach), 'receipt')}." if attach else ".")
    )
    return EXIT_OK


def _count(number: int, thing: str) -> str:
    return f"{number} {thing}" + ("" if number == 1 else "s")


def cmd_import(args: argparse.Namespace) -> int:
    data = _read_statement_file(args.file)  # read first: a bad file needs no passphrase
    session = _unlock(args.vault)
    try:
        account = money.find_account(session, args.account)
        try:
            shown = bank_import.preview(session, data, account.account_id, Path(args.file).name)
        except bank_import.UnknownLayout:
            _say(
                "The columns in this file were not recognised. Nothing was imported. Import it "
                "once in the app (Money page, Import bank statement) to choose its columns; "
                "after that this command remembers them."
            )
            return EXIT_UNREADABLE
        result = bank_import.commit(session, shown)
    finally:
        session.close()
    _say(
        f"Added {_count(result.added, 'row')} to {account.name}. "
        f"{_count(result.already, 'row')} were already there."
        + (
            f" Linked {_count(result.linked, 'row')} to payments typed in by hand."
            if result.linked
            else ""
        )
        + (
            f" {_count(result.not_imported, 'row')} not imported: before the account's start "
            "date or in a closed period."
            if result.not_imported
            else ""
        )
    )
    check = result.reconciliation
    if check is not None and check.matches:
        _say(
            f"Your records match your bank: {format_pence(check.bank)} on {format_day(check.day)}."
        )
    elif check is not None:
        _say(
            f"Your bank says {format_pence(check.bank)} on {format_day(check.day)}, your records "
            f"say {format_pence(check.records)}. Please check for missing or changed payments."
        )
    return EXIT_OK


def _read_statement_file(path: str) -> bytes:
    try:
        with open(path, "rb") as file:
            data = file.read(bank_import.MAX_BYTES + 1)
    except OSError as exc:
        raise bank_import.StatementUnreadable(
            "The file {path} could not be opened ({reason}). Nothing was imported.",
            path=path,
            reason=exc.strerror or exc.__class__.__name__,
        ) from exc
    return data


_CSV_HEADER = (
    "id",
    "date",
    "account",
    "who",
    "category",
    "money_in",
    "money_out",
    "balance",
    "receipt",
    "no_receipt_reason",
    "note",
)


def cmd_statement(args: argparse.Namespace) -> int:
    start, end = parse_day(args.start), parse_day(args.end)
    fmt = statement_files.format_for(args.out)
    target = Path(args.out)
    if target.exists():
        _say(f"{target} already exists. Nothing was written. Please choose a new file name.")
        return EXIT_USAGE
    session = _unlock(args.vault)
    try:
        data = statement_files.render(
            session, args.kind, start, end, fmt, with_history=args.with_history
        )
    finally:
        session.close()
    target.write_bytes(data)
    _say(
        f"Saved the {args.kind} statement for {format_day(start)} to {format_day(end)} in "
        f"{target}. It is not encrypted: keep it somewhere safe."
    )
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    start = parse_day(args.start) if args.start else None
    end = parse_day(args.end) if args.end else None
    session = _unlock(args.vault)
    try:
        query = TransactionFilter(start=start, end=end, newest_first=False)
        ids = money.find(session, query)
        balances = money.running_balances(session)
        out = csv.writer(sys.stdout, lineterminator="\n")
        out.writerow(_CSV_HEADER)
        for start_at in range(0, len(ids), 1000):
            chunk = ids[start_at : start_at + 1000]
            found = money.rows(session, chunk)
            for row in (found[i] for i in chunk):
                out.writerow(
                    (
                        row.transaction_id,
                        row.when.isoformat(),
                        row.account_name,
                        row.who,
                        "transfer" if row.is_transfer else row.category_name,
                        format_pence(row.amount, symbol=False) if row.amount > 0 else "",
                        format_pence(-row.amount, symbol=False) if row.amount < 0 else "",
                        format_pence(balances[row.transaction_id], symbol=False),
                        row.receipt_status.value,
                        row.no_receipt_reason,
                        row.note,
                    )
                )
    finally:
        session.close()
    return EXIT_OK


def cmd_shifts(args: argparse.Namespace) -> int:
    start, end = parse_day(args.start), parse_day(args.end)
    session = _unlock(args.vault)
    try:
        rows = timesheets.shifts_csv_rows(session, start, end)
    finally:
        session.close()
    csv.writer(sys.stdout, lineterminator="\n").writerows(rows)
    return EXIT_OK


_CLOCK = re.compile(r"^(\d{1,2})[:.](\d{2})$")


def _clock_text(text: str) -> str:
    """A time of day as typed, checked before the vault is opened."""
    match = _CLOCK.match(text.strip())
    hour, minute = (int(match[1]), int(match[2])) if match else (99, 99)
    if not ((hour < 24 and minute < 60) or (hour, minute) == (24, 0)):
        raise InvalidInput(
            "“{text}” doesn't look like a time. Please type it like 09:00 or 17:30.",
            text=text.strip(),
        )
    return text.strip()


def cmd_add_shift(args: argparse.Namespace) -> int:
    day = parse_day(args.date)
    typed = f"{_clock_text(args.start)}-{_clock_text(args.end)}"
    session = _unlock(args.vault)
    try:
        pa = staff.find_pa(session, args.pa)
        (shift,) = staff.read_shifts(session, pa.pa_id, day, typed)
        shift = replace(
            shift,
            break_minutes=args.break_minutes,
            shift_type=ShiftType(args.type) if args.type else shift.shift_type,
            note=args.note or "",
        )
        _, warnings = staff.add_shift(session, shift)
    finally:
        session.close()
    _say(
        f"Added {pa.name}'s shift on {format_day(day)}: {format_shift(shift)}, "
        f"{format_minutes(shift.paid_minutes)}, {shift.shift_type.label}."
    )
    for warning in warnings:
        _say(warning.text)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    session, code = demo.create_demo_vault(
        args.vault, progress=lambda step: _say(f"Adding {step}…")
    )
    session.close()
    _say(f"Created a demo vault at {session.location.folder}")
    _say(f"Its passphrase is: {demo.DEMO_PASSPHRASE}")
    _say("Its recovery code is below.")
    print(code)
    return EXIT_OK


# People who can open the vault --------------------------------------------------------------

_WAYS_IN = {
    "passphrase": "passphrase",
    "recovery": "recovery code",
    "device": "remembered computer",
}
NOT_A_LOCK = (
    "Roles stop mistakes and record who did what. They are not a lock: anyone who can open this "
    "vault could, with other tools, read everything in it. Only share the vault with people you "
    "trust."
)


def cmd_add_person(args: argparse.Namespace) -> int:
    session = _unlock(args.vault)
    try:
        access.require(session, Action.ACCESS)  # before asking for their passphrase
        if NEW_PASSPHRASE_ENV in os.environ:
            passphrase = repeated = os.environ[NEW_PASSPHRASE_ENV]
        else:
            passphrase = _ask(f"Choose a passphrase for {args.name}: ")
            repeated = _ask("Type it again: ")
        person = access.add_person(session, args.name, args.role, passphrase, repeated)
    finally:
        session.close()
    _say(
        f"{person.name} can now open this vault with their own passphrase, as "
        f"{'an' if person.role == 'advocate' else 'a'} {person.role}. "
        f"{ROLE_EXPLANATIONS[person.role]}"
    )
    _say(NOT_A_LOCK)
    return EXIT_OK


def cmd_people(args: argparse.Namespace) -> int:
    session = _unlock(args.vault)
    try:
        everyone = access.people(session)
    finally:
        session.close()
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(("name", "role", "ways_in"))
    for person in everyone:
        ways = ", ".join(_WAYS_IN.get(kind, kind) for kind in person.ways_in)
        out.writerow((person.name or person.role, person.role, ways))
    return EXIT_OK


def cmd_remove_person(args: argparse.Namespace) -> int:
    session = _unlock(args.vault)
    try:
        person = access.remove_person(session, args.name)
    finally:
        session.close()
    _say(
        f"{person.name} can no longer open this vault. Their passphrase, and any computer "
        "that remembered the vault for them, no longer work. What they did stays in the history."
    )
    return EXIT_OK


def _add_people_commands(add: Callable) -> None:
    person = add(
        "add-person",
        cmd_add_person,
        "Let a helper or advocate open this vault with their own passphrase (read from "
        f"{NEW_PASSPHRASE_ENV} if set). Only the person whose vault it is can do this.",
    )
    person.add_argument("name", metavar="NAME", help="their name, as the history should show it")
    person.add_argument(
        "--role",
        choices=GIVEN_ROLES,
        required=True,
        help="helper: records money, receipts and hours; advocate: looks and makes statements",
    )
    add("people", cmd_people, "List who can open this vault, their role and their ways in.")
    gone = add("remove-person", cmd_remove_person, "Take away someone's access to this vault.")
    gone.add_argument("name", metavar="NAME", help="their name, as `dpkeeper people` shows it")


# Backups ------------------------------------------------------------------------------------


def _made_at(info: backups.BackupInfo) -> str:
    local = info.created.astimezone()
    return f"{format_day(local.date())} at {local:%H:%M}"


def _confirm(args: argparse.Namespace, question: str) -> None:
    if args.yes:
        return
    if not sys.stdin.isatty():
        raise InvalidInput("Nothing was changed. To restore without being asked, add --yes.")
    if input(f"{question} Type yes to go ahead: ").strip().lower() not in ("y", "yes"):
        raise InvalidInput("Nothing was changed.")


def cmd_backup(args: argparse.Namespace) -> int:
    destination = Path(args.dest)
    if not destination.is_dir():  # before asking for the passphrase
        raise InvalidInput(
            "There is no folder at {folder}. Nothing was saved. If it is on a USB stick, check "
            "that the stick is plugged in.",
            folder=destination,
        )
    session = _unlock(args.vault)
    try:
        made = backups.back_up(session, backups.BackupKind.MANUAL, destination)
    finally:
        session.close()
    _say(f"Backed up to {made.path}. Checked: it opens and nothing is missing.")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    chosen = backups.read_backup(args.backup)  # checked before any question is asked
    if not chosen.verified:
        raise BackupUnusable(chosen.problem)
    folder = Path(args.vault)
    there = [folder / name for name in ("records.db", "vault.keys", "vault.keys.bak")]
    session = None
    if any(path.exists() for path in there):
        try:
            session = _unlock(args.vault)
        except VaultDamaged as damage:
            if isinstance(damage, VaultTooNew):
                raise
            _say(damage.message)
    if session is not None:
        try:
            _confirm(
                args,
                f"Put the vault back as it was on {_made_at(chosen)}? The vault as it is now "
                "is backed up first.",
            )
            restored = backups.restore(session, chosen)
        except BaseException:
            session.close()
            raise
        restored.close()
        _say(
            f"Restored the backup from {_made_at(chosen)}. The vault as it was just now is kept "
            f"as a backup in {backups.default_folder(restored)}. Your passphrase and recovery "
            "code are the same as before."
        )
        return EXIT_OK
    _confirm(
        args,
        f"Make the vault at {folder} from the backup of {_made_at(chosen)}? Any files "
        "already there are kept, renamed to end in .damaged-<date>.",
    )
    if RECOVERY_ENV in os.environ:
        given = {"recovery_code": os.environ[RECOVERY_ENV]}
    elif PASSPHRASE_ENV in os.environ:
        given = {"passphrase": os.environ[PASSPHRASE_ENV]}
    else:
        typed = _ask("Passphrase or recovery code that opened the vault when it was backed up: ")
        given = {"passphrase": typed, "recovery_code": typed}
    restored = backups.restore_into(chosen, folder, **given)
    restored.close()
    _say(
        f"Restored the backup from {_made_at(chosen)} into {restored.location.folder}. "
        "It opens with the passphrase or recovery code you just used."
    )
    return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dpkeeper",
        description="Direct Payments Keeper: commands for scripts and advocates.",
        epilog=(
            f"Secrets come from {PASSPHRASE_ENV} or {RECOVERY_ENV} if set, otherwise a prompt. "
            "Exit codes: 0 ok, 2 usage, 3 wrong passphrase or recovery code, "
            "4 damaged or not a vault, 5 unreadable input file, 8 not allowed for your role."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, handler: Callable[[argparse.Namespace], int], help_text: str):
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("vault", metavar="VAULT", help="the vault folder")
        sub.set_defaults(handler=handler)
        return sub

    init = add("init", cmd_init, "Create a new vault and print its recovery code.")
    init.add_argument("--name", help="whose records the vault holds")
    add("check", cmd_check, "Unlock a vault and check that every part of it can be read.")
    add(
        "change-passphrase",
        cmd_change_passphrase,
        f"Choose a new passphrase (read from {NEW_PASSPHRASE_ENV} if set).",
    )
    add(
        "new-recovery-code",
        cmd_new_recovery_code,
        "Make a new recovery code; the old one stops working.",
    )
    add_cmd = add(
        "add",
        cmd_add,
        "Record money in or out. A negative amount is spending, e.g. --amount -4.50.",
    )
    add_cmd.add_argument("--date", required=True, help="e.g. 2026-06-03 or 03/06/2026")
    add_cmd.add_argument("--amount", required=True, help="e.g. 1120.00 (in) or -4.50 (spending)")
    add_cmd.add_argument("--payee", required=True, help="who was paid, or who paid you")
    add_cmd.add_argument("--category", help="e.g. Transport (default: the payee's last one)")
    add_cmd.add_argument("--account", help="account name (default: the first account)")
    add_cmd.add_argument(
        "--receipt", action="append", default=[], metavar="FILE", help="a receipt photo or PDF"
    )
    add_cmd.add_argument("--note", help="a note about the payment")
    add_cmd.add_argument("--no-receipt-reason", help="why there is no receipt")
    list_cmd = add("list", cmd_list, "Print the money in and out as CSV, oldest first.")
    list_cmd.add_argument("--from", dest="start", metavar="DATE", help="first day to include")
    list_cmd.add_argument("--to", dest="end", metavar="DATE", help="last day to include")
    import_cmd = add(
        "import",
        cmd_import,
        "Import a bank statement file (CSV, OFX or QIF). Rows already in the vault are skipped.",
    )
    import_cmd.add_argument("file", metavar="FILE", help="the statement file from your bank")
    import_cmd.add_argument("--account", help="account name (default: the first account)")
    statement_cmd = add(
        "statement",
        cmd_statement,
        "Make a statement (PDF, CSV or JSON, from the --out file name) for a period.",
    )
    for flag, dest, text in (
        ("--from", "start", "first day of the period"),
        ("--to", "end", "last day of the period"),
    ):
        statement_cmd.add_argument(flag, dest=dest, metavar="DATE", required=True, help=text)
    statement_cmd.add_argument(
        "--kind",
        choices=sorted(statement_files.KIND_FORMATS),
        default="monitoring",
        help="which statement (monitoring by default)",
    )
    statement_cmd.add_argument("--out", metavar="FILE", required=True, help="the file to write")
    statement_cmd.add_argument(
        "--with-history",
        action="store_true",
        help="audit pack only: add every change made in the period, with who made it",
    )
    shifts_cmd = add("shifts", cmd_shifts, "Print PAs' shifts as CSV, in time order.")
    shifts_cmd.add_argument(
        "--from", dest="start", metavar="DATE", required=True, help="first day to include"
    )
    shifts_cmd.add_argument(
        "--to", dest="end", metavar="DATE", required=True, help="last day to include"
    )
    shift_cmd = add(
        "add-shift",
        cmd_add_shift,
        "Record a PA's shift. A shift whose end is not after its start finishes the next day.",
    )
    shift_cmd.add_argument("--pa", required=True, metavar="NAME", help="the PA's name")
    shift_cmd.add_argument("--date", required=True, help="the day it starts, e.g. 2026-06-03")
    shift_cmd.add_argument("--start", required=True, metavar="HH:MM", help="e.g. 09:00")
    shift_cmd.add_argument("--end", required=True, metavar="HH:MM", help="e.g. 17:00")
    shift_cmd.add_argument(
        "--break",
        dest="break_minutes",
        type=int,
        default=0,
        metavar="MINUTES",
        help="unpaid break in minutes (default: none)",
    )
    shift_cmd.add_argument(
        "--type",
        choices=[kind.value for kind in ShiftType],
        help="kind of shift (default: from the day and times)",
    )
    shift_cmd.add_argument("--note", help="a note about the shift")
    add(
        "demo",
        cmd_demo,
        f"Create a demo vault to try the app (passphrase: {demo.DEMO_PASSPHRASE}).",
    )
    _add_people_commands(add)
    backup_cmd = add(
        "backup",
        cmd_backup,
        "Back the vault up into a folder (a USB stick, say), then check the copy.",
    )
    backup_cmd.add_argument("dest", metavar="DEST_DIR", help="the folder to put the backup in")
    restore_cmd = commands.add_parser(
        "restore",
        help="Put a vault back as it was in a backup (.dpbackup file).",
        description=(
            "Put a vault back as it was in a backup. An existing vault is unlocked and backed up "
            "first; a missing or damaged one is made again from the backup, keeping any damaged "
            "files."
        ),
    )
    restore_cmd.add_argument("backup", metavar="BACKUP", help="the backup file")
    restore_cmd.add_argument("vault", metavar="VAULT", help="the vault folder")
    restore_cmd.add_argument("--yes", action="store_true", help="do not ask before restoring")
    restore_cmd.set_defaults(handler=cmd_restore)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 for --help
        return int(exc.code or 0)
    try:
        return args.handler(args)
    except UserError as exc:
        _say(exc.message)
        return exc.exit_code
    except KeyboardInterrupt:
        _say("Stopped. Nothing more was changed.")
        return 130
    except EOFError:
        _say("No answer was typed. Nothing was changed.")
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
