"""Backup retention (SECURITY.md T10): years of daily use on a fake clock, and the safety rules."""

from __future__ import annotations

import json
import random
from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from dpkeeper import paths
from dpkeeper.domain.retention import (
    FINANCIAL_YEAR,
    BackupFacts,
    RetentionPolicy,
    decide,
)

POLICY = RetentionPolicy(
    keep_at_least_days={"before-restore": 30}, never_deleted=frozenset({"manual"})
)


def _fy(moment: datetime) -> int:
    return POLICY.financial_year(moment.date())


def _simulate(start: datetime, days: int, seed: int = 7):
    """A person using the app most days, with an automatic backup every 30 minutes while open.

    Backups are deleted as the rules say after every one, as the app does. Returns everything
    ever made, when each deleted one went, what is left, and the moment the simulation ended.
    """
    rng = random.Random(seed)
    made: list[BackupFacts] = []
    deleted_at: dict[str, datetime] = {}
    kept: dict[str, BackupFacts] = {}
    now = start
    for day in range(days):
        if rng.random() < 0.2:  # a day off
            continue
        opened = start + timedelta(days=day, hours=rng.randrange(8, 20), minutes=rng.randrange(60))
        for n in range(rng.randrange(1, 6)):
            now = opened + timedelta(minutes=30 * n)
            backup = BackupFacts(f"b{len(made)}", now, "automatic", verified=True)
            made.append(backup)
            kept[backup.backup_id] = backup
            for gone in decide(kept.values(), now, POLICY).delete:
                del kept[gone]
                deleted_at[gone] = now
    return made, deleted_at, kept, now


def test_years_of_daily_use_keep_the_promised_copies_in_each_tier():
    made, _, kept, now = _simulate(datetime(2019, 3, 10, 9, 0), days=8 * 365)
    left = sorted(kept.values(), key=lambda b: b.created)
    newest = max(made, key=lambda b: b.created)
    assert newest in left

    # Hourly: every hour of the last day that had a backup still has one.
    day_ago = now - timedelta(hours=24)
    hours_made = {(b.created.date(), b.created.hour) for b in made if b.created > day_ago}
    hours_kept = {(b.created.date(), b.created.hour) for b in left if b.created > day_ago}
    assert hours_made == hours_kept
    # Daily, weekly, monthly: the most recent 12 days, 10 weeks, 9 months that had backups.
    for period, count in (
        (lambda t: t.date(), 12),
        (lambda t: t.isocalendar()[:2], 10),
        (lambda t: (t.year, t.month), 9),
    ):
        recent = sorted({period(b.created) for b in made}, reverse=True)[:count]
        assert len(recent) == count
        assert set(recent) <= {period(b.created) for b in left}
    # One per financial year: the year-end copy of this year and the 7 before it.
    this_year = _fy(now)
    for year in range(this_year - 7, this_year + 1):
        last_of_year = max((b for b in made if _fy(b.created) == year), key=lambda b: b.created)
        assert last_of_year in left, f"the last backup of {year}-{year + 1} was deleted"
    assert {_fy(b.created) for b in left} == set(range(this_year - 7, this_year + 1))
    # And not much more than that: a few dozen files, not thousands.
    assert len(left) <= 24 + 12 + 10 + 9 + 8 + 1
    assert len(made) > 5000


def test_each_year_end_copy_is_kept_for_at_least_seven_years():
    made, deleted_at, _, now = _simulate(datetime(2017, 1, 5, 9, 0), days=10 * 365, seed=11)
    years = sorted({_fy(b.created) for b in made})[:-1]  # every year that has ended
    for year in years:
        year_end = max((b for b in made if _fy(b.created) == year), key=lambda b: b.created)
        gone = deleted_at.get(year_end.backup_id)
        lasted = (gone or now) - year_end.created
        assert gone is None or lasted >= timedelta(days=7 * 365), f"{year}: kept only {lasted}"
    first_year_end = max((b for b in made if _fy(b.created) == years[0]), key=lambda b: b.created)
    assert first_year_end.backup_id in deleted_at  # after that, it was let go in the end


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 4000 * 24),  # hours before now
            st.booleans(),
            st.sampled_from(["automatic", "manual", "before-restore", "before-import"]),
        ),
        max_size=40,
    )
)
def test_the_newest_checked_backup_and_the_protected_ones_are_never_deleted(rows):
    now = datetime(2027, 6, 1, 12, 0)
    backups = [
        BackupFacts(f"b{i}", now - timedelta(hours=h), kind, verified)
        for i, (h, verified, kind) in enumerate(rows)
    ]
    decision = decide(backups, now, POLICY)
    checked = [b for b in backups if b.verified]
    if checked:
        newest = max(checked, key=lambda b: (b.created, b.backup_id))
        assert newest.backup_id in decision.keep
    for backup in backups:
        if not backup.verified or backup.kind == "manual":
            assert backup.backup_id in decision.keep
        if backup.kind == "before-restore" and now - backup.created < timedelta(days=30):
            assert backup.backup_id in decision.keep
    assert decision.keep.isdisjoint(decision.delete)
    assert decision.keep | set(decision.delete) == {b.backup_id for b in backups}


def test_nothing_is_deleted_after_a_failed_backup_attempt():
    now = datetime(2027, 6, 1, 12, 0)
    backups = [
        BackupFacts(f"b{n}", now - timedelta(days=3 * n), "automatic", True) for n in range(200)
    ]
    assert decide(backups, now, POLICY).delete  # normally plenty would go
    decision = decide(backups, now, POLICY, last_attempt_failed=True)
    assert decision.delete == ()
    assert decision.keep == {b.backup_id for b in backups}


def test_an_unchecked_backup_never_counts_as_the_newest_copy():
    now = datetime(2027, 6, 1, 12, 0)
    old_good = BackupFacts("good", now - timedelta(days=400), "automatic", True)
    new_bad = BackupFacts("bad", now - timedelta(hours=1), "automatic", False)
    decision = decide([old_good, new_bad], now, POLICY)
    assert decision.delete == ()
    assert "newest" in decision.reasons["good"]


def test_the_year_end_copy_is_the_last_one_before_the_first_of_april():
    now = datetime(2027, 6, 1, 12, 0)
    march = BackupFacts("march", datetime(2021, 3, 31, 23, 30), "automatic", True)
    april = BackupFacts("april", datetime(2021, 4, 1, 0, 30), "automatic", True)
    early = BackupFacts("early", datetime(2020, 5, 1, 9, 0), "automatic", True)
    decision = decide([march, april, early], now, POLICY)
    assert FINANCIAL_YEAR in decision.reasons["march"]  # 2020-21's last
    assert FINANCIAL_YEAR in decision.reasons["april"]  # 2021-22's last
    assert POLICY.financial_year(date(2021, 3, 31)) == 2020
    assert POLICY.financial_year(date(2021, 4, 1)) == 2021


def test_the_figures_come_from_the_dated_data_file():
    data = json.loads((paths.resources_dir() / "backup_retention.json").read_text())
    policy = RetentionPolicy.from_data(data)
    assert date.fromisoformat(data["from"])
    assert (policy.daily, policy.weekly, policy.monthly) == (12, 10, 9)
    assert policy.hourly_for_hours == 24
    assert policy.financial_year_starts == (4, 1)
    assert policy.financial_years_before_this_one >= 7
    assert policy.keep_at_least_days["before-restore"] >= 30
    assert "manual" in policy.never_deleted
    assert policy.automatic_every_minutes == 30
