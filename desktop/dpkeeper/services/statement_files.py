"""Making a statement as a file: PDF, CSV or JSON, for one of the kinds people are asked for.

``render`` returns the file's bytes; the caller saves them where the person chose (or shows a
preview in the app). Long work reports progress and can be stopped.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

from dpkeeper.domain.errors import InvalidInput
from dpkeeper.domain.money import format_pence
from dpkeeper.domain.pay import PayPeriod
from dpkeeper.domain.statement import money_text
from dpkeeper.domain.text import QT_TRANSLATE_NOOP, translate
from dpkeeper.importers import pdf_pages
from dpkeeper.reports import evidence
from dpkeeper.reports.evidence import EvidencePage, PayRow
from dpkeeper.reports.pdf_common import day, period_words
from dpkeeper.services import history, receipts, staff, statements, timesheets
from dpkeeper.services.progress import Progress
from dpkeeper.services.session import Session

FORMATS = {".pdf": "pdf", ".csv": "csv", ".json": "json"}
#: Which formats each kind can be made in.
KIND_FORMATS = {
    "monitoring": ("pdf", "csv", "json"),
    "review": ("pdf", "csv", "json"),
    "audit-pack": ("pdf",),
    "timesheets": ("pdf", "csv"),
    "pay": ("pdf", "csv", "json"),
}


def format_for(path: Path | str) -> str:
    """PDF, CSV or JSON from the file name's ending."""
    found = FORMATS.get(Path(path).suffix.lower())
    if found is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Please give the file a name ending in .pdf, .csv or .json."
            )
        )
    return found


def render(
    session: Session,
    kind: str,
    start: date,
    end: date,
    fmt: str,
    progress: Progress | None = None,
    today: date | None = None,
    with_history: bool = False,
) -> bytes:
    """The statement's bytes. Raises InvalidInput for a kind or format that does not exist.

    ``with_history`` adds the "Changes made" pages (every change saved in the period, with who
    made it) to the end of an audit pack.
    """
    statements.check_period(start, end)
    if kind not in KIND_FORMATS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{kind}” is not a kind of statement. Choose monitoring, review, audit-pack, "
                "timesheets or pay.",
            ),
            kind=kind,
        )
    if fmt not in KIND_FORMATS[kind]:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "This statement can be saved as: {formats}."),
            formats=", ".join(f.upper() for f in KIND_FORMATS[kind]),
        )
    progress = progress or Progress()
    today = today or date.today()
    if kind == "monitoring":
        return _monitoring(session, start, end, fmt, progress, today)
    if kind == "review":
        return _review(session, start, end, fmt, progress, today)
    if kind == "timesheets":
        return _timesheets(session, start, end, fmt, progress)
    if kind == "pay":
        return _pay(session, start, end, fmt, today)
    return _audit_pack(session, start, end, progress, today, with_history)


def _monitoring(session, start, end, fmt, progress, today) -> bytes:
    ret = statements.monitoring(session, start, end, today)
    if fmt == "json":
        return statements.monitoring_json(ret).encode()
    if fmt == "csv":
        return statements.monitoring_csv(ret).encode()
    from dpkeeper.reports.monitoring import monitoring_pdf

    return monitoring_pdf(ret, progress)


def _review(session, start, end, fmt, progress, today) -> bytes:
    data = statements.review(session, start, end, today)
    if fmt == "pdf":
        from dpkeeper.reports.review import review_pdf

        return review_pdf(data, progress)
    rows = [
        {"budget_line": name, "planned": money_text(planned), "spent": money_text(spent)}
        for name, planned, spent in data.lines
    ]
    if fmt == "json":
        return (
            json.dumps(
                {
                    "kind": "review",
                    "from": start.isoformat(),
                    "to": end.isoformat(),
                    "lines": rows,
                    "planned_minutes": data.planned_minutes,
                    "worked_minutes": data.worked_minutes,
                },
                indent=2,
                ensure_ascii=False,
            )
            + "\n"
        ).encode()
    return _csv(["budget_line", "planned", "spent"], [list(r.values()) for r in rows])


def _csv(header: list[str], rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode()


def _periods_in(session: Session, start: date, end: date) -> list[tuple[int, str, PayPeriod]]:
    """Every PA's pay periods that overlap ``start``..``end``, PA by PA."""
    found = []
    for pa in staff.pas(session):
        first = max(start, pa.start)
        last = min(end, pa.end) if pa.end else end
        if first > last:
            continue
        for period in staff.periods(session, pa.pa_id, first, last):
            found.append((pa.pa_id, pa.name, period))
    return found


def _timesheets(session, start, end, fmt, progress) -> bytes:
    if fmt == "csv":
        rows = timesheets.shifts_csv_rows(session, start, end)
        return _csv(rows[0], rows[1:])
    wanted = _periods_in(session, start, end)
    if not wanted:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "No PAs worked for you in this period, so there are no timesheets."
            )
        )
    parts = []
    for n, (pa_id, _name, period) in enumerate(wanted, start=1):
        progress.step(n, len(wanted))
        parts.append(timesheets.timesheet_pdf(session, pa_id, period))
    return evidence.join(parts)


def pay_rows(session: Session, start: date, end: date) -> list[PayRow]:
    """Each pay period ending in the time, with the worked-out and payslip figures."""
    slips = {(s.pa_id, s.period.start): s for s in staff.payslips(session)}
    rows = []
    for pa_id, name, period in _periods_in(session, start, end):
        if not start <= period.end <= end:
            continue
        worked = staff.computed_pay(session, pa_id, period).total
        slip = slips.get((pa_id, period.start))
        if slip is None:
            rows.append(PayRow(name, period.start, period.end, worked, None))
            continue
        rows.append(
            PayRow(
                name,
                period.start,
                period.end,
                worked,
                slip.gross,
                slip.tax,
                slip.employee_ni,
                slip.employer_ni,
                slip.employee_pension,
                slip.employer_pension,
                slip.net,
                slip.holiday_pay,
                len(staff.payslip_payments(session, slip.pay_id)),
            )
        )
    return rows


PAY_FIELDS = (
    "pa",
    "period_start",
    "period_end",
    "gross_from_shifts",
    "payslip_gross",
    "difference",
    "tax",
    "employee_ni",
    "employer_ni",
    "employee_pension",
    "employer_pension",
    "net",
    "holiday_pay",
    "payments_linked",
)


def _pay_values(row: PayRow) -> list:
    def text(value):
        return "" if value is None else money_text(value)

    return [
        row.pa,
        row.start.isoformat(),
        row.end.isoformat(),
        money_text(row.worked_out),
        text(row.payslip_gross),
        text(row.difference),
        money_text(row.tax),
        money_text(row.employee_ni),
        money_text(row.employer_ni),
        money_text(row.employee_pension),
        money_text(row.employer_pension),
        money_text(row.net),
        money_text(row.holiday_pay),
        row.payments_linked,
    ]


def _pay(session, start, end, fmt, today) -> bytes:
    rows = pay_rows(session, start, end)
    if fmt == "csv":
        return _csv(list(PAY_FIELDS), [_pay_values(r) for r in rows])
    if fmt == "json":
        data = {
            "kind": "pay",
            "from": start.isoformat(),
            "to": end.isoformat(),
            "periods": [dict(zip(PAY_FIELDS, _pay_values(r), strict=True)) for r in rows],
        }
        return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode()
    return evidence.pay_summary_pdf(session.person_name, start, end, rows, today)


def receipt_pages(
    session: Session, start: date, end: date, progress: Progress
) -> list[EvidencePage]:
    """Every receipt page for the period's spending, labelled with its transaction."""
    ret = statements.monitoring(session, start, end)
    lines = [line for line in ret.lines if line.receipts]
    pages = []
    for n, line in enumerate(lines, start=1):
        progress.step(n, len(lines))
        kept = receipts.for_transaction(session, line.transaction_id)
        for number, receipt in enumerate(kept, start=1):
            data = receipts.display(session, receipt.receipt_id)
            if data is None:
                continue
            which = translate("Reports", "receipt %1 of %2")
            which = which.replace("%1", str(number)).replace("%2", str(len(kept)))
            label = (
                f"{line.reference} · {day(line.day)} · {line.description} · "
                f"{format_pence(line.amount)} · {which}"
            )
            if receipt.display_type == "application/pdf":
                count = pdf_pages.page_count(data)
                for page in range(1, count + 1):
                    image = pdf_pages.render_page(data, page, 1800, "JPEG")
                    of = translate("Reports", ", page %1 of %2")
                    suffix = of.replace("%1", str(page)).replace("%2", str(count))
                    suffix = suffix if count > 1 else ""
                    pages.append(EvidencePage(label + suffix, image))
            else:
                pages.append(EvidencePage(label, data))
    return pages


def _audit_pack(session, start, end, progress, today, with_history=False) -> bytes:
    """The monitoring return, then every receipt, the pay summary, the timesheets and, when
    asked for, the history of changes made in the period."""
    from dpkeeper.reports.monitoring import monitoring_pdf

    ret = statements.monitoring(session, start, end, today)
    parts = [monitoring_pdf(ret, progress)]
    title = translate("Reports", "Receipts: %1").replace("%1", period_words(start, end))
    parts.append(evidence.receipts_pdf(title, receipt_pages(session, start, end, progress), today))
    if staff.pas(session):
        parts.append(_pay(session, start, end, "pdf", today))
        if _periods_in(session, start, end):
            parts.append(_timesheets(session, start, end, "pdf", progress))
    if with_history:
        from dpkeeper.reports.history import history_pdf

        rows = history.table_rows(history.for_period(session, start, end))
        parts.append(history_pdf(session.person_name, start, end, rows, today))
    return evidence.join(parts)
