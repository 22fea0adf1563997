import pytest
from hypothesis import given
from hypothesis import strategies as st

from dpkeeper.domain import recovery_code
from dpkeeper.domain.recovery_code import ALPHABET, RecoveryCodeFormatError


@given(st.binary(min_size=16, max_size=16))
def test_every_secret_round_trips_through_its_code(secret):
    assert recovery_code.decode(recovery_code.encode(secret)) == secret


def test_a_code_is_seven_groups_of_four_easy_symbols():
    code = recovery_code.new_code()
    groups = code.split("-")
    assert len(groups) == 7 and all(len(g) == 4 for g in groups)
    assert set(code.replace("-", "")) <= set(ALPHABET)


def test_a_code_holds_at_least_128_random_bits():
    codes = {recovery_code.decode(recovery_code.new_code()) for _ in range(200)}
    assert len(codes) == 200
    assert recovery_code.CODE_BITS >= 128


@given(st.binary(min_size=16, max_size=16))
def test_any_single_mistyped_symbol_is_caught(secret):
    symbols = recovery_code.normalise(recovery_code.encode(secret))
    for position, original in enumerate(symbols):
        for replacement in ALPHABET:
            if replacement == original:
                continue
            typo = symbols[:position] + replacement + symbols[position + 1 :]
            with pytest.raises(RecoveryCodeFormatError):
                recovery_code.decode(typo)


@given(st.binary(min_size=16, max_size=16))
def test_swapping_two_neighbouring_symbols_is_caught(secret):
    symbols = recovery_code.normalise(recovery_code.encode(secret))
    for i in range(len(symbols) - 1):
        if symbols[i] == symbols[i + 1]:
            continue
        swapped = symbols[:i] + symbols[i + 1] + symbols[i] + symbols[i + 2 :]
        with pytest.raises(RecoveryCodeFormatError):
            recovery_code.decode(swapped)


def test_typing_is_forgiving_about_case_spaces_and_lookalike_letters():
    secret = bytes(range(16))
    code = recovery_code.encode(secret)
    relaxed = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert recovery_code.decode(relaxed) == secret


@pytest.mark.parametrize("text", ["", "ABCD", "U" * 28, "!" * 28, "Z" * 28])
def test_nonsense_is_refused_with_a_reason(text):
    with pytest.raises(RecoveryCodeFormatError):
        recovery_code.decode(text)
