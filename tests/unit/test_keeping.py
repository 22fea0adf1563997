from datetime import date

import pytest

from dpkeeper.domain.keeping import Keeping
from dpkeeper.services.keeping import keeping_rules

RULES = Keeping()


@pytest.mark.parametrize(
    ("day", "until"),
    [
        (date(2019, 5, 1), date(2026, 3, 31)),  # 2019/20 plus six years
        (date(2020, 3, 31), date(2026, 3, 31)),  # still 2019/20
        (date(2020, 4, 1), date(2027, 3, 31)),  # 2020/21
    ],
)
def test_records_are_kept_for_their_financial_year_plus_six(day, until):
    assert RULES.keep_until(day) == until
    assert not RULES.may_remove(day, until)
    assert RULES.may_remove(day, date(until.year, 4, 1))


def test_the_cut_off_day_agrees_with_each_record_rule():
    today = date(2026, 11, 23)
    cut = RULES.oldest_removable_before(today)
    assert cut == date(2020, 4, 1)
    assert RULES.may_remove(date(2020, 3, 31), today)
    assert not RULES.may_remove(cut, today)


def test_the_rules_come_from_the_dated_data_file():
    assert keeping_rules() == Keeping(6, (4, 1))
