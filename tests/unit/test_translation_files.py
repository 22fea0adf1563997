"""The shipped translations are complete: every string in the code is in each .ts file, and each
one has a finished translation. Run `make translations` after changing words in the code, then
translate what is new in Qt Linguist (see README, "Translating the app")."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
TS_FILES = sorted(TRANSLATIONS.glob("dpkeeper_*.ts"))
SHIPPED = {"cy", "ur"}  # Welsh, and Urdu for right to left


def lupdate() -> str:
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lupdate")
    if found is None:
        pytest.skip("pyside6-lupdate is not installed")
    return found


def messages(ts: Path) -> list[ElementTree.Element]:
    return [
        (context.findtext("name"), message)
        for context in ElementTree.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    ]


def sources(ts: Path) -> set[tuple[str, str]]:
    return {(context, message.findtext("source")) for context, message in messages(ts)}


@pytest.fixture(scope="module")
def strings_in_the_code(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """Every (context, string) lupdate finds in the package today."""
    fresh = tmp_path_factory.mktemp("lupdate") / "dpkeeper_xx.ts"
    code = sorted(str(p) for p in (ROOT / "desktop" / "dpkeeper").rglob("*.py"))
    subprocess.run(
        [lupdate(), "-silent", *code, "-ts", str(fresh), "-no-obsolete"],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return sources(fresh)


def test_the_welsh_and_urdu_translation_files_are_there():
    assert {ts.stem.removeprefix("dpkeeper_") for ts in TS_FILES} >= SHIPPED


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda ts: ts.stem)
def test_every_string_in_the_code_is_in_the_translation_file(ts, strings_in_the_code):
    missing = sorted(strings_in_the_code - sources(ts))
    gone = sorted(sources(ts) - strings_in_the_code)
    assert not missing and not gone, (
        f"{ts.name} is out of date: {len(missing)} new strings, {len(gone)} no longer used "
        f"(first new: {missing[:3]}). Run `make translations`."
    )


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda ts: ts.stem)
def test_every_string_in_the_translation_file_is_translated(ts):
    unfinished = []
    for context, message in messages(ts):
        translation = message.find("translation")
        forms = list(translation.iter("numerusform")) if translation is not None else []
        texts = [f.text for f in forms] if forms else [getattr(translation, "text", None)]
        if (
            translation is None
            or translation.get("type") in ("unfinished", "vanished", "obsolete")
            or not all(t and t.strip() for t in texts)
        ):
            unfinished.append((context, message.findtext("source")))
    assert not unfinished, (
        f"{ts.name}: {len(unfinished)} of {len(messages(ts))} strings are not translated yet, "
        f"for example {unfinished[:3]}"
    )
