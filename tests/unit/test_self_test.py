"""``direct-payments-keeper --self-test``: passes on a complete install, names what is missing."""

from __future__ import annotations

import pytest
from keyring.backends import fail

from dpkeeper import app, paths, self_test
from dpkeeper.vault import store


@pytest.fixture
def only_offscreen(monkeypatch):
    """The test machine need not have the X11 and Wayland libraries an installed copy brings."""
    monkeypatch.setitem(self_test.PLATFORM_PLUGINS, "linux", ("offscreen",))


def test_the_self_test_passes_when_every_part_is_there(qapp, only_offscreen, capsys):
    assert app.main(["direct-payments-keeper", "--self-test"]) == 0
    report = capsys.readouterr().out
    assert "MISSING" not in report
    assert report.rstrip().endswith("Self-test passed.")
    for part in ("SQLCipher 4.", 'Qt image format "jpeg"', "Fonts", "PDF writing", "App window"):
        assert part in report


def test_missing_fonts_are_named_and_the_exit_code_is_one(
    qapp, only_offscreen, monkeypatch, tmp_path, capsys
):
    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path / "empty")

    assert self_test.main() == 1
    report = capsys.readouterr().out
    assert (
        "MISSING  Fonts: DejaVuSans.ttf, DejaVuSans-Bold.ttf, NotoNaskhArabic-Regular.ttf, "
        "NotoNaskhArabic-Bold.ttf not found" in report
    )
    assert "MISSING  Translations: dpkeeper_cy.qm not found" in report
    assert "Self-test failed. Missing or broken: Fonts, Translations" in report


def test_a_missing_qt_plugin_and_an_old_sqlcipher_are_both_named(
    qapp, only_offscreen, monkeypatch, capsys
):
    monkeypatch.setitem(self_test.PLATFORM_PLUGINS, "linux", ("offscreen", "braille"))
    monkeypatch.setattr(store, "MIN_CIPHER_VERSION", (99, 0))

    assert self_test.main() == 1
    report = capsys.readouterr().out
    assert 'MISSING  Qt platform plugin "braille": platforms/libqbraille.so is not in' in report
    assert 'Missing or broken: SQLCipher, Qt platform plugin "braille".' in report


def test_no_keychain_is_reported_but_is_not_a_failure(qapp, only_offscreen, monkeypatch, capsys):
    import keyring

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())

    assert self_test.main() == 0
    report = capsys.readouterr().out
    assert "note     Keychain: none found (keyring.backends.fail.Keyring)" in report
