"""The support plan: what the council (or NHS) pays, how often, and what it is for."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_DOWN, Decimal
from enum import StrEnum
from fractions import Fraction

from dpkeeper.domain.errors import InvalidInput
from dpkeeper.domain.money import Pence, round_half_up
from dpkeeper.domain.schedule import Frequency, per_week
from dpkeeper.domain.text import QT_TRANSLATE_NOOP

PLAN = "Plan"
DEFAULT_SURPLUS_WEEKS = 8


class FundingSource(StrEnum):
    COUNCIL = "council"
    NHS_PHB = "nhs_phb"
    SECTION_117 = "section_117"
    ILF = "ilf"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _SOURCE_LABELS[self]


_SOURCE_LABELS = {
    FundingSource.COUNCIL: QT_TRANSLATE_NOOP("Plan", "Council (adult social care)"),
    FundingSource.NHS_PHB: QT_TRANSLATE_NOOP("Plan", "NHS personal health budget"),
    FundingSource.SECTION_117: QT_TRANSLATE_NOOP("Plan", "Section 117 aftercare"),
    FundingSource.ILF: QT_TRANSLATE_NOOP("Plan", "Independent Living Fund"),
    FundingSource.OTHER: QT_TRANSLATE_NOOP("Plan", "Other"),
}


class Monitoring(StrEnum):
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half-yearly"
    YEARLY = "yearly"

    @property
    def months(self) -> int:
        return {"monthly": 1, "quarterly": 3, "half-yearly": 6, "yearly": 12}[self.value]

    @property
    def label(self) -> str:
        return _MONITORING_LABELS[self]


_MONITORING_LABELS = {
    Monitoring.MONTHLY: QT_TRANSLATE_NOOP("Plan", "every month"),
    Monitoring.QUARTERLY: QT_TRANSLATE_NOOP("Plan", "every 3 months"),
    Monitoring.HALF_YEARLY: QT_TRANSLATE_NOOP("Plan", "every 6 months"),
    Monitoring.YEARLY: QT_TRANSLATE_NOOP("Plan", "every year"),
}


@dataclass(frozen=True, slots=True)
class BudgetLine:
    """One line of the plan, e.g. "PA support: 12 hours a week at £15.20".

    Either ``minutes_per_week`` and ``hourly_rate`` (hours of support), or a plain ``amount``
    paid per ``frequency``. ``line_id`` stays the same when the plan is changed.
    """

    name: str
    category_id: int
    frequency: Frequency = Frequency.WEEKLY
    amount: Pence = 0
    minutes_per_week: int | None = None
    hourly_rate: Pence | None = None
    line_id: int | None = None

    @property
    def is_hours(self) -> bool:
        return self.minutes_per_week is not None and self.hourly_rate is not None

    @property
    def weekly(self) -> Fraction:
        if self.is_hours:
            return Fraction(self.minutes_per_week * self.hourly_rate, 60)
        return per_week(self.amount, self.frequency)

    @property
    def weekly_pence(self) -> Pence:
        return round_half_up(self.weekly)


@dataclass(frozen=True, slots=True)
class Plan:
    """One version of the support plan, in force from ``effective_from``."""

    effective_from: date
    funder_name: str
    reference: str
    start_date: date
    review_date: date | None
    payment: Pence
    frequency: Frequency
    first_payment: date
    sources: frozenset[FundingSource]
    contribution_weekly: Pence = 0
    monitoring: Monitoring = Monitoring.QUARTERLY
    surplus_weeks: int = DEFAULT_SURPLUS_WEEKS
    lines: tuple[BudgetLine, ...] = field(default=())
    plan_id: int | None = None

    @property
    def weekly_budget(self) -> Fraction:
        """What the plan provides each week: the council's payment plus the contribution."""
        return per_week(self.payment, self.frequency) + self.contribution_weekly

    @property
    def weekly_budget_pence(self) -> Pence:
        return round_half_up(self.weekly_budget)


def _problem(template: str, **fields: object) -> InvalidInput:
    return InvalidInput(template, **fields)


def validate(plan: Plan) -> None:
    """Raise InvalidInput, in plain words, for the first thing in the plan that can't be right."""
    if not plan.funder_name.strip():
        raise _problem(
            QT_TRANSLATE_NOOP(
                "Errors", "Please type the name of the council or NHS team that pays you."
            )
        )
    if not plan.sources:
        raise _problem(
            QT_TRANSLATE_NOOP("Errors", "Please choose at least one place the money comes from.")
        )
    if plan.payment <= 0:
        raise _problem(
            QT_TRANSLATE_NOOP(
                "Errors", "Please type how much is paid each time, for example 1,200.00."
            )
        )
    if plan.contribution_weekly < 0:
        raise _problem(QT_TRANSLATE_NOOP("Errors", "The contribution can't be less than £0."))
    if FundingSource.SECTION_117 in plan.sources and plan.contribution_weekly:
        raise _problem(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Section 117 aftercare is free, so there is no contribution to pay. "
                "Please set the contribution to £0.",
            )
        )
    if plan.review_date is not None and plan.review_date < plan.start_date:
        raise _problem(
            QT_TRANSLATE_NOOP(
                "Errors", "The review date is before the plan starts. Please check the dates."
            )
        )
    if not 1 <= plan.surplus_weeks <= 52:
        raise _problem(
            QT_TRANSLATE_NOOP(
                "Errors", "Please choose a warning level between 1 and 52 weeks of money."
            )
        )
    names = set()
    for line in plan.lines:
        name = line.name.strip()
        if not name:
            raise _problem(
                QT_TRANSLATE_NOOP("Errors", "Each budget line needs a name, like “PA support”.")
            )
        if name.casefold() in names:
            raise _problem(
                QT_TRANSLATE_NOOP(
                    "Errors", "There are two budget lines called “{name}”. Please rename one."
                ),
                name=name,
            )
        names.add(name.casefold())
        if line.is_hours:
            if line.minutes_per_week <= 0 or line.hourly_rate <= 0:
                raise _problem(
                    QT_TRANSLATE_NOOP(
                        "Errors", "“{name}” needs hours a week and an hourly rate above zero."
                    ),
                    name=name,
                )
        elif line.amount <= 0:
            raise _problem(
                QT_TRANSLATE_NOOP("Errors", "“{name}” needs an amount above zero."), name=name
            )


def weeks_in_hand(balance: Pence, weekly_budget: Fraction) -> Decimal | None:
    """How many weeks of the plan's money the balance holds, to one decimal place (rounded down).

    None when there is no weekly budget to compare with.
    """
    if weekly_budget <= 0:
        return None
    exact = Fraction(balance) / weekly_budget
    tenths = Decimal(exact.numerator * 10 // exact.denominator) / 10
    return tenths.quantize(Decimal("0.1"), rounding=ROUND_DOWN)


def above_threshold(weeks: Decimal | None, threshold_weeks: int) -> bool:
    return weeks is not None and weeks > threshold_weeks
