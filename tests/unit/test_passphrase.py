import unicodedata

import pytest

from dpkeeper.domain import passphrase
from dpkeeper.domain.errors import InvalidInput
from dpkeeper.domain.passphrase import Strength


def test_new_passphrases_are_stored_in_composed_form():
    decomposed = unicodedata.normalize("NFD", "café au lait")
    assert passphrase.for_new_vault(decomposed, decomposed) == "café au lait".encode()


def test_unlock_tries_composed_then_decomposed_forms():
    forms = passphrase.candidates(unicodedata.normalize("NFD", "crème brûlée"))
    assert forms[0] == unicodedata.normalize("NFC", "crème brûlée").encode()
    assert unicodedata.normalize("NFD", "crème brûlée").encode() in forms


def test_plain_ascii_is_tried_only_once():
    assert passphrase.candidates("kettle garden blue") == [b"kettle garden blue"]


def test_two_different_passphrases_are_refused_kindly():
    with pytest.raises(InvalidInput, match="not the same"):
        passphrase.for_new_vault("kettle garden blue", "kettle garden blu")


def test_short_passphrases_are_refused_with_a_suggestion():
    with pytest.raises(InvalidInput, match="at least 8"):
        passphrase.for_new_vault("abc", "abc")


def test_strength_hint_grows_with_length_and_words():
    order = [
        passphrase.strength_hint(text).strength.value
        for text in ("abc", "abcdefgh", "kettle garden", "kettle garden blue Tuesday 7")
    ]
    assert order == sorted(order)
    assert passphrase.strength_hint("abc").strength is Strength.TOO_SHORT
    assert "8" in passphrase.strength_hint("abc").message
