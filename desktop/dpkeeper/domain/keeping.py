"""How long records are kept: the financial year they belong to plus six more (no I/O here).

A deleted payment stays in the vault, marked deleted, until that time has passed; only then can
it be removed for good. The figures arrive from ``resources/record_keeping.json`` as ``Keeping``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True, slots=True)
class Keeping:
    years_after: int = 6
    year_starts: tuple[int, int] = (4, 1)  # month, day

    @classmethod
    def from_json(cls, data: dict) -> Keeping:
        month, day = (int(part) for part in str(data["financial_year_starts"]).split("-"))
        return cls(int(data["years_after_the_current_one"]), (month, day))

    def year_start(self, day: date) -> date:
        """The first day of the financial year ``day`` falls in."""
        start = date(day.year, *self.year_starts)
        return start if day >= start else date(day.year - 1, *self.year_starts)

    def keep_until(self, day: date) -> date:
        """The last day a record dated ``day`` must still be kept."""
        start = self.year_start(day)
        return date(start.year + self.years_after + 1, *self.year_starts) - timedelta(days=1)

    def may_remove(self, day: date, today: date) -> bool:
        return today > self.keep_until(day)

    def oldest_removable_before(self, today: date) -> date:
        """Records dated before this day are past their keeping time on ``today``."""
        start = self.year_start(today)
        return date(start.year - self.years_after, *self.year_starts)
