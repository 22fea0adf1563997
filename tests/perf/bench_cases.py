"""The benchmarks themselves, each a function of a ``Context`` yielding (name, figure, target,
unit, detail) for ``bench.py`` to report. Targets come from issue 10."""

from __future__ import annotations

import io
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from dpkeeper.services.session import Session
from tests.perf.big_vault import PASSPHRASE, QUARTER

Figure = tuple  # (name, figure, target, unit, detail)
IMPORT_ROWS = 10_000
MONITORING_ROWS = 10_000


@dataclass
class Context:
    vault: Path  # the working copy; benchmarks that change it much use copies of their own
    scratch: Path
    runs: int
    _session: Session | None = field(default=None, repr=False)

    def session(self) -> Session:
        """The working vault, unlocked (the real key derivation, once)."""
        if self._session is None:
            from dpkeeper.services import vault_access

            self._session = vault_access.unlock_with_passphrase(self.vault, PASSPHRASE)
        return self._session

    def release(self) -> None:
        """Close the vault, so another window or process can open it."""
        if self._session is not None:
            self._session.close()
            self._session = None

    def close(self) -> None:
        self.release()


def _median(timings: list[float]) -> float:
    return statistics.median(timings)


def _runs(action: Callable[[], object], runs: int) -> list[float]:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return timings


def _shown(timings: list[float], scale: float = 1.0, unit: str = "s") -> str:
    return "runs: " + ", ".join(f"{t * scale:.3g}" for t in timings) + f" {unit}"


def _app():
    from PySide6.QtCore import QStandardPaths, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from dpkeeper.ui import theme

    QStandardPaths.setTestModeEnabled(True)
    qInstallMessageHandler(_quiet)
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0]])
        theme.apply(app)
    return app


def _quiet(kind, context, message: str) -> None:
    """Qt's messages, less the offscreen platform's note about window size hints."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def _wait(app, done: Callable[[], bool], timeout: float = 60.0) -> None:
    ends = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > ends:
            raise TimeoutError("waited too long")
        app.processEvents()
        time.sleep(0.001)


# ---------------------------------------------------------------------------------------------
# Starting and unlocking


def cold_start(context: Context) -> Iterator[Figure]:
    """A fresh ``python -m dpkeeper VAULT`` until the unlock screen is shown."""
    context.release()
    env = dict(os.environ, DPKEEPER_EXIT_WHEN_READY="1")
    timings = []
    for _ in range(context.runs):
        started = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-m", "dpkeeper", str(context.vault)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        line = process.stdout.readline()  # "ready" once the unlock page is on screen
        shown = time.perf_counter() - started
        _out, errors = process.communicate(timeout=60)
        if "ready" not in line:
            raise RuntimeError(f"the app did not say it was ready: {errors}")
        timings.append(shown)
    yield ("Cold start to the unlock screen", _median(timings), 1.0, "s", _shown(timings))


def unlock_to_home(context: Context) -> Iterator[Figure]:
    """Passphrase typed and Return pressed, until Home is drawn: the real key derivation."""
    from keyring.backends.fail import Keyring as NoKeyring
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from dpkeeper.ui.main_window import MainWindow
    from dpkeeper.vault import keys, store

    context.release()
    app = _app()
    slot = store.read_key_file(store.VaultLocation.of(context.vault)).of_kind(keys.PASSPHRASE)[0]
    kdf = slot.kdf
    key_file = store.read_key_file(store.VaultLocation.of(context.vault))
    started = time.perf_counter()
    keys.open_slot(slot, PASSPHRASE.encode(), key_file.vault_id)
    derivation = time.perf_counter() - started
    timings = []
    for _ in range(context.runs):
        window = MainWindow(keychain=_no_keychain(NoKeyring))
        window.resize(1200, 800)
        window.show()
        window.open_vault(context.vault)
        _wait(app, lambda window=window: window.unlock_page.secret.isEnabled())
        window.unlock_page.secret.setText(PASSPHRASE)
        started = time.perf_counter()
        QTest.keyClick(window.unlock_page.secret, Qt.Key.Key_Return)
        _wait(app, lambda window=window: window.workspace is not None)
        window.repaint()  # Home, drawn
        timings.append(time.perf_counter() - started)
        assert window.workspace.pages.currentWidget() is window.workspace.home
        window.close_vault()
        window.close()
        window.deleteLater()
        app.processEvents()
    detail = (
        f"key derivation alone: {derivation:.2f} s (Argon2id {kdf.memory_kib // 1024} MiB, "
        f"{kdf.iterations} passes, {kdf.lanes} lanes); " + _shown(timings)
    )
    yield ("Unlock to Home drawn (real key derivation)", _median(timings), 1.5, "s", detail)


def _no_keychain(backend):
    from dpkeeper.vault.keychain import Keychain

    return Keychain(backend())


def peak_memory(context: Context) -> Iterator[Figure]:
    """A fresh process unlocks the vault and shows Home and Money: its peak resident memory."""
    context.release()
    peaks, lines = [], []
    for _ in range(min(context.runs, 3)):
        done = subprocess.run(
            [sys.executable, "-m", "tests.perf.open_vault_probe", str(context.vault), PASSPHRASE],
            capture_output=True,
            text=True,
            timeout=300,
            check=True,
        )
        figures = json.loads(done.stdout.strip().splitlines()[-1])
        peaks.append(figures["peak_rss_mib"])
        lines.append(figures)
    detail = (
        f"runs: {', '.join(f'{p:.0f}' for p in peaks)} MiB; Home after "
        f"{lines[-1]['to_home_s']:.2f} s, Money ({lines[-1]['money_rows']:,} rows) "
        f"{lines[-1]['money_s']:.2f} s"
    )
    yield ("Peak memory with the vault open (Home, Money)", _median(peaks), 400, "MiB", detail)


# ---------------------------------------------------------------------------------------------
# The Money page


def money_page(context: Context) -> Iterator[Figure]:
    from PySide6.QtCore import Qt

    from dpkeeper.ui.models.transactions import BALANCE, WHO
    from dpkeeper.ui.pages.money import MoneyPage

    app = _app()
    session = context.session()
    runs = context.runs

    def draw(page: MoneyPage) -> None:
        page.table.viewport().repaint()  # asks the model for every visible cell
        assert page.model.index(0, WHO).data()
        assert page.model.index(0, BALANCE).data() is not None

    pages = []

    def open_page() -> None:
        page = MoneyPage()
        page.resize(1200, 760)
        page.show()
        app.processEvents()
        pages.append(page)
        started = time.perf_counter()
        page.show_session(session)
        draw(page)
        opening.append(time.perf_counter() - started)

    opening: list[float] = []
    for _ in range(runs):
        open_page()
    page = pages.pop()
    for other in pages:
        other.close()
        other.deleteLater()
    app.processEvents()
    rows = page.model.rowCount()
    yield (
        f"Money page open ({rows:,} payments)",
        _median(opening) * 1000,
        200,
        "ms",
        _shown(opening, 1000, "ms"),
    )

    transport = page.category.findData(_category_id(session, "transport"))

    def choose_category(index: int) -> None:
        page.category.setCurrentIndex(index)
        page.category.activated.emit(index)
        draw(page)

    by_category = []
    for _ in range(runs):
        by_category.append(_runs(lambda: choose_category(transport), 1)[0])
        choose_category(0)

    def search(words: str) -> None:
        page.search.setText(words)
        page.reload()  # what the pause after typing runs
        draw(page)

    by_words = []
    for _ in range(runs):
        by_words.append(_runs(lambda: search("kirkstall"), 1)[0])
        search("")

    header = page.table.horizontalHeader()
    sorting = []
    for run in range(runs):
        order = Qt.SortOrder.AscendingOrder if run % 2 else Qt.SortOrder.DescendingOrder
        sorting.append(_runs(lambda order=order: header.setSortIndicator(WHO, order), 1)[0])
        draw(page)
    header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    for name, timings in (
        ("Money page: filter by category", by_category),
        ("Money page: search", by_words),
        ("Money page: sort by who", sorting),
    ):
        yield (name, _median(timings) * 1000, 100, "ms", _shown(timings, 1000, "ms"))

    adding = []
    for run in range(runs):
        page.add()
        dialog = page.dialog
        dialog.amount.setText("4.50")
        dialog.who.setText("Riverside Buses")
        dialog.category.setCurrentIndex(dialog.category.findText("Transport"))
        dialog.reason.setText("Bus fare: no ticket given")
        dialog.note.setText(f"benchmark {run}")
        started = time.perf_counter()
        dialog.save()  # as pressing Save: the payment is recorded and the table shows it
        draw(page)
        adding.append(time.perf_counter() - started)
        assert page.dialog is None
    yield (
        "Money page: add a transaction",
        _median(adding) * 1000,
        50,
        "ms",
        _shown(adding, 1000, "ms"),
    )
    page.close()
    page.deleteLater()
    app.processEvents()


def _category_id(session: Session, key: str) -> int:
    from dpkeeper.services import money

    return next(c.category_id for c in money.categories(session) if c.key == key)


# ---------------------------------------------------------------------------------------------
# Importing, statements, backups


def _statement(session: Session) -> tuple[bytes, int]:
    """A Lloyds-style CSV of 10,000 bank rows: the newest 8,000 typed-in bank payments before
    the statement imports began, as the bank shows them, and 2,000 the person never typed in."""
    from dpkeeper.services import money

    account = next(a for a in money.accounts(session) if a.name == "Direct payment account")
    typed = session.connection.execute(
        "SELECT t.date, t.amount_pence, upper(p.name) FROM transactions t JOIN payees p "
        "ON p.id = t.payee_id WHERE t.account_id = ? AND t.bank_key IS NULL "
        "AND t.deleted_at IS NULL AND t.transfer_id IS NULL ORDER BY t.date DESC, t.id DESC "
        "LIMIT ?",
        (account.account_id, IMPORT_ROWS * 8 // 10),
    ).fetchall()
    rows = [
        (date.fromisoformat(day), pence, ("CARD PAYMENT TO " if pence < 0 else "BGC ") + who)
        for day, pence, who in typed
    ]
    first = min(day for day, _, _ in rows)
    span = (max(day for day, _, _ in rows) - first).days
    extra = IMPORT_ROWS - len(rows)
    for n in range(extra):
        day = first + timedelta(days=n * span // extra)
        rows.append((day, -(95 + n % 400), f"CONTACTLESS PAYMENT TO CORNER SHOP {n % 7}"))
    rows.sort(key=lambda row: row[0])
    lines, balance = [], 500_000
    for day, pence, words in rows:
        balance += pence
        debit = f"{-pence / 100:.2f}" if pence < 0 else ""
        credit = f"{pence / 100:.2f}" if pence > 0 else ""
        lines.append(
            f"{day:%d/%m/%Y},DEB,'30-99-50,12345678,{words},{debit},{credit},{balance / 100:.2f}"
        )
    header = (
        "Transaction Date,Transaction Type,Sort Code,Account Number,Transaction Description,"
        "Debit Amount,Credit Amount,Balance"
    )
    return ("\n".join([header, *reversed(lines)]) + "\n").encode(), account.account_id


def bank_import(context: Context) -> Iterator[Figure]:
    """Preview and save a 10,000-row statement, each run on a fresh copy of the vault."""
    from dpkeeper.services import backups, vault_access
    from dpkeeper.services import bank_import as importing

    data, account_id = _statement(context.session())
    context.release()
    skip_backup = backups.back_up_before
    timings, added = [], None
    try:
        backups.back_up_before = lambda session, kind: None  # timed as "backup" instead
        for run in range(min(context.runs, 3)):
            copy = context.scratch / f"import-{run}.dpvault"
            shutil.copytree(context.vault, copy)
            session = vault_access.unlock_with_passphrase(copy, PASSPHRASE)
            try:
                started = time.perf_counter()
                shown = importing.preview(session, data, account_id, "statement.csv")
                result = importing.commit(session, shown)
                timings.append(time.perf_counter() - started)
                added = result
            finally:
                session.close()
                shutil.rmtree(copy)
    finally:
        backups.back_up_before = skip_backup
    detail = (
        f"added {added.added:,}, linked {added.linked:,} to payments typed in, already "
        f"{added.already:,}; the safety backup before an import is timed under backup; "
        + _shown(timings)
    )
    name = f"Import {IMPORT_ROWS:,} bank rows (preview and save)"
    yield (name, _median(timings), 2.0, "s", detail)


def _period_of(session: Session, rows: int) -> tuple[date, date]:
    """The newest ``rows`` live payments: from the day of the oldest of them to the last."""
    day, newest = session.connection.execute(
        "SELECT date, (SELECT max(date) FROM transactions) FROM transactions "
        "WHERE deleted_at IS NULL ORDER BY date DESC, id DESC LIMIT 1 OFFSET ?",
        (rows - 1,),
    ).fetchone()
    return date.fromisoformat(day), date.fromisoformat(newest)


def monitoring_pdf(context: Context) -> Iterator[Figure]:
    """The monitoring return PDF against reportlab drawing the same cells on a bare canvas."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    from dpkeeper.domain.dates import format_day
    from dpkeeper.domain.money import format_pence
    from dpkeeper.reports import fonts
    from dpkeeper.reports import monitoring as report
    from dpkeeper.services import statement_files, statements

    session = context.session()
    start, end = _period_of(session, MONITORING_ROWS)
    ret = statements.monitoring(session, start, end)
    regular, _bold = fonts.register()
    pages = report.lay_out(ret, report.Type(*fonts.register()))
    list_pages = [page for page in pages if page.size == report.WIDE]
    rows_a_page = math.ceil(len(ret.lines) / len(list_pages))
    cells = [
        (
            format_day(line.day),
            line.reference,
            line.description,
            line.category,
            line.account,
            format_pence(line.amount) if line.amount > 0 else "",
            format_pence(-line.amount) if line.amount < 0 else "",
            statements.receipt_words(line.receipt, line.no_receipt_reason),
        )
        for line in ret.lines
    ]

    def bare() -> bytes:
        buffer = io.BytesIO()
        pdf = Canvas(buffer, pagesize=landscape(A4), pageCompression=1, invariant=1)
        xs = (40, 95, 135, 345, 460, 575, 630, 690)
        for first in range(0, len(cells), rows_a_page):
            pdf.setFont(regular, report.ROW_SIZE)
            y = 520.0
            for row in cells[first : first + rows_a_page]:
                for x, words in zip(xs, row, strict=True):
                    pdf.drawString(x, y, words)
                y -= 17
            pdf.showPage()
        pdf.save()
        return buffer.getvalue()

    runs = min(context.runs, 3)
    made = _runs(lambda: statement_files.render(session, "monitoring", start, end, "pdf"), runs)
    canvas = _runs(bare, runs)
    ratio = _median(made) / _median(canvas)
    detail = (
        f"{len(ret.lines):,} rows, {start} to {end}: the app (records read, laid out, drawn) "
        f"{_median(made):.2f} s, bare canvas {_median(canvas):.2f} s"
    )
    yield ("Monitoring return PDF / bare canvas, same rows", ratio, 2.0, "×", detail)


def audit_pack(context: Context) -> Iterator[Figure]:
    import pypdfium2

    from dpkeeper.services import statement_files

    session = context.session()
    start, end = QUARTER
    made: list[bytes] = []
    timings = _runs(
        lambda: made.append(statement_files.render(session, "audit-pack", start, end, "pdf")),
        min(context.runs, 3),
    )
    document = pypdfium2.PdfDocument(made[-1])
    pages = len(document)
    document.close()
    receipts = session.connection.execute(
        "SELECT count(*) FROM receipts r JOIN transactions t ON t.id = r.transaction_id "
        "WHERE t.date BETWEEN ? AND ? AND r.deleted_at IS NULL AND t.deleted_at IS NULL",
        (start.isoformat(), end.isoformat()),
    ).fetchone()[0]
    detail = f"{receipts} receipt photos, {pages} pages, {len(made[-1]) / 2**20:.0f} MiB; "
    yield (
        f"Audit pack for a quarter ({receipts} receipts)",
        _median(timings),
        5.0,
        "s",
        detail + _shown(timings),
    )


def receipt_size(context: Context) -> Iterator[Figure]:
    session = context.session()
    count, average, largest, thumbs = session.connection.execute(
        "SELECT count(*), avg(length(d.data)), max(length(d.data)), "
        "(SELECT avg(length(data)) FROM receipt_files WHERE kind = 'thumbnail') "
        "FROM receipt_files d JOIN receipts r ON r.id = d.receipt_id "
        "WHERE d.kind = 'display' AND r.display_type = 'image/jpeg'"
    ).fetchone()
    size = sum(p.stat().st_size for p in context.vault.iterdir() if p.is_file())
    detail = (
        f"{count:,} photos: display copy {average / 1024:.0f} KiB on average, "
        f"{largest / 1024:.0f} KiB at most; thumbnail {thumbs / 1024:.0f} KiB; the whole vault "
        f"{size / 2**20:.0f} MiB, {size / count / 1024:.0f} KiB a receipt with everything else"
    )
    name = "Vault size per receipt photo (largest display copy)"
    yield (name, largest / 1024, 400, "KiB", detail)


def backup(context: Context) -> Iterator[Figure]:
    from dpkeeper.services import backups

    session = context.session()
    folder = context.scratch / "backups"
    folder.mkdir(exist_ok=True)
    timings, sizes = [], []
    for _ in range(min(context.runs, 3)):
        started = time.perf_counter()
        made = backups.back_up(session, backups.BackupKind.MANUAL, folder)
        timings.append(time.perf_counter() - started)
        sizes.append(made.size_bytes)
        made.path.unlink()
    detail = f"backup file {sizes[-1] / 2**20:.0f} MiB, made and checked; " + _shown(timings)
    yield ("Backup of the whole vault", _median(timings), 30.0, "s", detail)


CASES: list[tuple[str, Callable[[Context], Iterator[Figure]]]] = [
    ("cold-start", cold_start),
    ("unlock", unlock_to_home),
    ("memory", peak_memory),
    ("monitoring-pdf", monitoring_pdf),
    ("audit-pack", audit_pack),
    ("receipt-size", receipt_size),
    ("money-page", money_page),  # adds a few payments: after the statements
    ("import", bank_import),
    ("backup", backup),
]
