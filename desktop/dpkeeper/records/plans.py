"""Support plan versions and their budget lines. A change is a new version; none is overwritten."""

from __future__ import annotations

from datetime import date

from dpkeeper.domain.plan import BudgetLine, FundingSource, Monitoring, Plan
from dpkeeper.domain.schedule import Frequency
from dpkeeper.records.clock import now
from dpkeeper.vault.store import Connection

_COLUMNS = (
    "id, effective_from, funder_name, reference, start_date, review_date, payment_pence, "
    "frequency, first_payment, sources, contribution_weekly_pence, monitoring, surplus_weeks"
)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _lines(conn: Connection, plan_id: int) -> tuple[BudgetLine, ...]:
    rows = conn.execute(
        "SELECT b.name, b.category_id, l.frequency, l.amount_pence, l.minutes_per_week, "
        "l.hourly_rate_pence, b.id FROM plan_lines l "
        "JOIN budget_lines b ON b.id = l.budget_line_id WHERE l.plan_id = ? ORDER BY l.position",
        (plan_id,),
    )
    return tuple(
        BudgetLine(r[0], r[1], Frequency(r[2]), r[3], r[4], r[5], line_id=r[6]) for r in rows
    )


def _plan(conn: Connection, row) -> Plan:
    return Plan(
        effective_from=date.fromisoformat(row[1]),
        funder_name=row[2],
        reference=row[3],
        start_date=date.fromisoformat(row[4]),
        review_date=_day(row[5]),
        payment=row[6],
        frequency=Frequency(row[7]),
        first_payment=date.fromisoformat(row[8]),
        sources=frozenset(FundingSource(s) for s in row[9].split(",") if s),
        contribution_weekly=row[10],
        monitoring=Monitoring(row[11]),
        surplus_weeks=row[12],
        lines=_lines(conn, row[0]),
        plan_id=row[0],
    )


def in_force(conn: Connection, on: date) -> Plan | None:
    """The plan version that applies on ``on``: the latest one that had started by then."""
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM plans WHERE effective_from <= ? "
        "ORDER BY effective_from DESC LIMIT 1",
        (on.isoformat(),),
    ).fetchone()
    return _plan(conn, row) if row else None


def latest(conn: Connection) -> Plan | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM plans ORDER BY effective_from DESC LIMIT 1"
    ).fetchone()
    return _plan(conn, row) if row else None


def history(conn: Connection) -> list[Plan]:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM plans ORDER BY effective_from DESC").fetchall()
    return [_plan(conn, row) for row in rows]


def _budget_line_id(conn: Connection, line: BudgetLine) -> int:
    if line.line_id is not None:
        conn.execute(
            "UPDATE budget_lines SET name = ?, category_id = ? WHERE id = ?",
            (line.name.strip(), line.category_id, line.line_id),
        )
        return line.line_id
    return conn.execute(
        "INSERT INTO budget_lines (name, category_id) VALUES (?, ?)",
        (line.name.strip(), line.category_id),
    ).lastrowid


def save(conn: Connection, plan: Plan) -> int:
    """Store a plan version. A version with the same start date is replaced; others are kept."""
    conn.execute("DELETE FROM plans WHERE effective_from = ?", (plan.effective_from.isoformat(),))
    plan_id = conn.execute(
        "INSERT INTO plans (effective_from, funder_name, reference, start_date, review_date, "
        "payment_pence, frequency, first_payment, sources, contribution_weekly_pence, "
        "monitoring, surplus_weeks, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            plan.effective_from.isoformat(),
            plan.funder_name.strip(),
            plan.reference.strip(),
            plan.start_date.isoformat(),
            plan.review_date.isoformat() if plan.review_date else None,
            plan.payment,
            plan.frequency.value,
            plan.first_payment.isoformat(),
            ",".join(sorted(s.value for s in plan.sources)),
            plan.contribution_weekly,
            plan.monitoring.value,
            plan.surplus_weeks,
            now(),
        ),
    ).lastrowid
    for position, line in enumerate(plan.lines):
        conn.execute(
            "INSERT INTO plan_lines (plan_id, budget_line_id, position, frequency, amount_pence, "
            "minutes_per_week, hourly_rate_pence) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                plan_id,
                _budget_line_id(conn, line),
                position,
                line.frequency.value,
                line.amount,
                line.minutes_per_week,
                line.hourly_rate,
            ),
        )
    return plan_id


def all_budget_lines(conn: Connection) -> list[tuple[int, str, int]]:
    """Every budget line ever in a plan: (id, name, category id)."""
    return conn.execute("SELECT id, name, category_id FROM budget_lines ORDER BY name").fetchall()


def budget_line_exists(conn: Connection, line_id: int) -> bool:
    return (
        conn.execute("SELECT 1 FROM budget_lines WHERE id = ?", (line_id,)).fetchone() is not None
    )
