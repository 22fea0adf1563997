"""Pence: reading what people type and showing it back, with no floats anywhere."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dpkeeper.domain.errors import InvalidInput
from dpkeeper.domain.money import MAX_PENCE, format_pence, parse_pence, round_half_up


@pytest.mark.parametrize(
    ("typed", "pence"),
    [
        ("£12", 1200),
        ("12.5", 1250),
        ("1,234.56", 123456),
        ("£1,234.56", 123456),
        (" 0.07 ", 7),
        (".5", 50),
        ("-£4.50", -450),
        ("£-4.50", -450),
        ("(4.50)", -450),
        ("−4.50", -450),  # a real minus sign, as pasted from a bank website
        ("+20", 2000),
        ("50p", 50),
        ("GBP 10.00", 1000),
        ("1 120.00", 112000),
    ],
)
def test_amounts_are_read_the_way_people_type_them(typed, pence):
    assert parse_pence(typed) == pence


@pytest.mark.parametrize(
    "typed", ["", "abc", "12.345", "1,23", "12,34.00", "£", "1.2.3", "12 pounds", "£12.5p", "--4"]
)
def test_nonsense_is_refused_with_a_message(typed):
    with pytest.raises(InvalidInput) as caught:
        parse_pence(typed)
    assert "amount" in caught.value.message


def test_a_minus_sign_is_refused_where_the_form_says_which_way_the_money_went():
    with pytest.raises(InvalidInput, match="without a minus sign"):
        parse_pence("-4.50", allow_negative=False)


def test_amounts_beyond_any_direct_payment_are_refused():
    with pytest.raises(InvalidInput, match="more than this app can record"):
        parse_pence(format_pence(MAX_PENCE + 1))


@pytest.mark.parametrize(
    ("pence", "shown"),
    [
        (0, "£0.00"),
        (7, "£0.07"),
        (123456, "£1,234.56"),
        (-450, "-£4.50"),
        (100_000_00, "£100,000.00"),
    ],
)
def test_amounts_are_shown_with_pounds_commas_and_two_decimal_places(pence, shown):
    assert format_pence(pence) == shown


def test_csv_amounts_have_no_symbol_or_commas():
    assert format_pence(123456, symbol=False) == "1234.56"
    assert format_pence(-450, symbol=False) == "-4.50"


def test_floats_are_refused_outright():
    with pytest.raises(TypeError):
        format_pence(4.5)  # type: ignore[arg-type]


@given(st.integers(min_value=-MAX_PENCE, max_value=MAX_PENCE))
def test_showing_then_reading_gives_back_the_same_pence(pence):
    assert parse_pence(format_pence(pence)) == pence
    assert parse_pence(format_pence(pence, symbol=False)) == pence


def test_halves_round_away_from_zero():
    assert round_half_up(Fraction(5, 2)) == 3
    assert round_half_up(Fraction(-5, 2)) == -3
    assert round_half_up(Fraction(7, 3)) == 2
