"""The help guide read from resources/help: sections, links between them, searching, languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from dpkeeper.paths import resources_dir
from dpkeeper.services import help_guide


@pytest.fixture(scope="module")
def guide() -> help_guide.Guide:
    return help_guide.load("en")


def test_every_section_has_a_title_and_some_words(guide):
    assert len(guide.sections) >= 10
    for section in guide.sections:
        assert section.text.startswith(f"# {section.title}\n"), section.id
        assert len(help_guide.plain_text(section.text).split()) > 30, section.id


def test_sections_come_in_the_order_of_their_file_numbers(guide):
    files = sorted((resources_dir() / "help" / "en").glob("[0-9]*-*.md"))
    assert [s.id for s in guide.sections] == [f.stem.split("-", 1)[1] for f in files]
    assert guide.sections[0].id == "welcome"


LANGUAGES = sorted(p.name for p in (resources_dir() / "help").iterdir() if p.is_dir())


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_link_between_sections_is_broken(language):
    guide = help_guide.load(language)
    linked = [(s.id, target) for s in guide.sections for target in help_guide.internal_links(s)]
    assert linked, "the guide should link its sections together"
    broken = [(source, target) for source, target in linked if guide.section(target) is None]
    assert broken == []


def test_every_link_in_the_guide_is_to_a_section_or_a_web_address(guide):
    for section in guide.sections:
        for _text, target in help_guide._LINK.findall(section.text):
            assert help_guide.is_internal(target) or target.startswith("https://"), target


def test_a_search_needs_every_word_in_any_case(guide):
    both = {m.section.id for m in guide.search("HOLIDAY pension")}
    assert both == {"employing-a-pa"}
    assert guide.search("holiday zebra") == []
    assert guide.search("   ") == []


def test_sections_with_the_word_in_their_title_come_first(guide):
    found = [m.section.id for m in guide.search("receipts")]
    assert found[0] == "receipts"
    assert len(found) > 3


def test_then_sections_that_use_the_words_most(guide):
    found = guide.search("holiday")
    counts = [help_guide.plain_text(m.section.text).lower().count("holiday") for m in found]
    assert counts == sorted(counts, reverse=True)
    assert "employing-a-pa" in [m.section.id for m in found]


def test_a_snippet_shows_the_words_around_what_was_searched_for(guide):
    match = next(m for m in guide.search("holiday") if m.section.id == "employing-a-pa")
    assert "holiday" in match.snippet.lower()
    assert len(match.snippet) < 170
    assert "**" not in match.snippet and "\n" not in match.snippet


def test_the_shortcut_table_reads_as_plain_words_in_a_snippet(guide):
    match = next(m for m in guide.search("ctrl+l") if m.section.id == "shortcuts")
    assert "Ctrl+L: Lock the vault now" in match.snippet


def test_web_links_are_written_out_as_text_and_section_links_are_kept():
    text = "See [Skills for Care](https://www.skillsforcare.org.uk) and the [glossary](glossary)."
    assert help_guide.without_web_links(text) == (
        "See Skills for Care (https://www.skillsforcare.org.uk) and the [glossary](glossary)."
    )


def write_guide(root: Path, language: str, files: dict[str, str]) -> None:
    folder = root / language
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")


def test_a_translated_guide_is_just_a_folder_of_files_with_the_same_ids(tmp_path):
    write_guide(
        tmp_path,
        "en",
        {"01-welcome.md": "# Start here\n\nHello.\n", "02-money.md": "# Money\n\nPounds.\n"},
    )
    write_guide(tmp_path, "cy", {"01-welcome.md": "# Dechrau yma\n\nHelo.\n"})

    welsh = help_guide.load("cy_GB", root=tmp_path)

    assert welsh.language == "cy"
    assert [(s.id, s.title) for s in welsh.sections] == [
        ("welcome", "Dechrau yma"),
        ("money", "Money"),  # not translated yet: shown in English
    ]


def test_a_language_with_no_guide_gets_the_english_one(tmp_path):
    write_guide(tmp_path, "en", {"01-welcome.md": "# Start here\n\nHello.\n"})
    assert help_guide.load("ur_PK", root=tmp_path).language == "en"
    assert help_guide.load(None, root=tmp_path).sections[0].title == "Start here"
