"""Which backups to keep: recent hourly, daily, weekly, monthly copies and one per financial year.

Grandfather-father-son rotation like Anki's and borg's: each tier keeps the newest backup in each of
its most recent periods (hours within the last day; the last N days, weeks and months that *have* a
backup, so someone who opens the app once a month still keeps a year of copies). On top of that the
newest backup of each financial year (1 April to 31 March) is kept for the current year and the
seven before it, because councils may audit the records for years.

The figures live in ``resources/backup_retention.json``; this module only applies them. Times are
compared as given: pass local times (and ``now`` in the same form) so days and years are the
person's own.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

NEWEST = "newest"
HOURLY = "hourly"
DAILY = "daily"
WEEKLY = "weekly"
MONTHLY = "monthly"
FINANCIAL_YEAR = "financial year"
KIND = "kind"  # a kind the app never deletes (backups the person made)
TOO_RECENT = "too recent"  # a kind kept for a minimum number of days (before a restore)
NOT_CHECKED = "not checked"  # not verified: never chosen as a copy, never deleted either
IN_THE_FUTURE = "in the future"  # the clock was changed: keep it rather than guess


@dataclass(frozen=True, slots=True)
class BackupFacts:
    """What the rules need to know about one backup; ``backup_id`` is anything unique."""

    backup_id: str
    created: datetime
    kind: str
    verified: bool


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    hourly_for_hours: int = 24
    daily: int = 12
    weekly: int = 10
    monthly: int = 9
    financial_year_starts: tuple[int, int] = (4, 1)  # (month, day)
    financial_years_before_this_one: int = 7
    keep_at_least_days: Mapping[str, int] = field(default_factory=dict)
    never_deleted: frozenset[str] = frozenset({"manual"})
    automatic_every_minutes: int = 30
    pause_deleting_after_restore_days: int = 7

    @classmethod
    def from_data(cls, data: Mapping) -> RetentionPolicy:
        """Read the figures from ``backup_retention.json``'s contents."""
        month, day = (int(part) for part in str(data["financial_year_starts"]).split("-"))
        return cls(
            hourly_for_hours=int(data["hourly_for_hours"]),
            daily=int(data["daily"]),
            weekly=int(data["weekly"]),
            monthly=int(data["monthly"]),
            financial_year_starts=(month, day),
            financial_years_before_this_one=int(data["financial_years_before_this_one"]),
            keep_at_least_days={
                str(k): int(v) for k, v in dict(data.get("keep_at_least_days", {})).items()
            },
            never_deleted=frozenset(str(k) for k in data.get("never_deleted", ())),
            automatic_every_minutes=int(data["automatic_every_minutes"]),
            pause_deleting_after_restore_days=int(data["pause_deleting_after_restore_days"]),
        )

    def financial_year(self, day: date) -> int:
        """The calendar year a financial year starts in: 2026 for 1 April 2026 to 31 March 2027."""
        return day.year if (day.month, day.day) >= self.financial_year_starts else day.year - 1


@dataclass(frozen=True, slots=True)
class Decision:
    keep: frozenset[str]
    delete: tuple[str, ...]  # oldest first
    #: Why each kept backup is kept (``HOURLY``, ``FINANCIAL_YEAR``, …); a backup may have several.
    reasons: Mapping[str, tuple[str, ...]]


def decide(
    backups: Iterable[BackupFacts],
    now: datetime,
    policy: RetentionPolicy,
    *,
    last_attempt_failed: bool = False,
) -> Decision:
    """Split ``backups`` into those to keep and those that may be deleted.

    Nothing is deleted when the latest backup attempt failed (the older copies may be all there
    is), and the newest verified backup is always kept.
    """
    backups = sorted(backups, key=lambda b: (b.created, b.backup_id), reverse=True)  # newest first
    reasons: dict[str, list[str]] = {}

    def keep(backup: BackupFacts, reason: str) -> None:
        reasons.setdefault(backup.backup_id, []).append(reason)

    copies = []
    for backup in backups:
        if not backup.verified:
            keep(backup, NOT_CHECKED)
            continue
        copies.append(backup)
        if backup.created > now:
            keep(backup, IN_THE_FUTURE)
        if backup.kind in policy.never_deleted:
            keep(backup, KIND)
        days = policy.keep_at_least_days.get(backup.kind)
        if days is not None and now - backup.created < timedelta(days=days):
            keep(backup, TOO_RECENT)
    if copies:
        keep(copies[0], NEWEST)

    hour_ago = now - timedelta(hours=policy.hourly_for_hours)
    recent = [b for b in copies if b.created > hour_ago]
    for backup in _newest_per_period(recent, lambda t: (t.date(), t.hour), len(recent)):
        keep(backup, HOURLY)
    tiers: tuple[tuple[str, Callable[[datetime], Hashable], int], ...] = (
        (DAILY, lambda t: t.date(), policy.daily),
        (WEEKLY, lambda t: t.isocalendar()[:2], policy.weekly),
        (MONTHLY, lambda t: (t.year, t.month), policy.monthly),
    )
    for reason, period, count in tiers:
        for backup in _newest_per_period(copies, period, count):
            keep(backup, reason)
    oldest_year = policy.financial_year(now.date()) - policy.financial_years_before_this_one
    in_reach = [b for b in copies if policy.financial_year(b.created.date()) >= oldest_year]
    for backup in _newest_per_period(
        in_reach, lambda t: policy.financial_year(t.date()), len(in_reach)
    ):
        keep(backup, FINANCIAL_YEAR)

    if last_attempt_failed:
        for backup in backups:
            reasons.setdefault(backup.backup_id, [])
    delete = tuple(b.backup_id for b in reversed(backups) if b.backup_id not in reasons)
    return Decision(
        keep=frozenset(reasons),
        delete=delete,
        reasons={key: tuple(value) for key, value in reasons.items()},
    )


def _newest_per_period(
    newest_first: list[BackupFacts], period: Callable[[datetime], Hashable], count: int
) -> list[BackupFacts]:
    """The newest backup in each of the ``count`` most recent periods that have one."""
    chosen: list[BackupFacts] = []
    seen: set[Hashable] = set()
    for backup in newest_first:
        if len(chosen) >= count:
            break
        key = period(backup.created)
        if key not in seen:
            seen.add(key)
            chosen.append(backup)
    return chosen
