"""The help guide: short Markdown sections in ``resources/help/<language>/``.

Each section is one file named ``NN-<id>.md`` (the number gives the order, the id names the
section in links such as ``[glossary](glossary)``); its first line is ``# Title``. A translated
guide is a folder of files with the same ids; a section it does not have yet is shown in English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from dpkeeper.paths import resources_dir

FALLBACK_LANGUAGE = "en"
SNIPPET_BEFORE, SNIPPET_AFTER = 40, 100  # characters around the first word found

_FILE_NAME = re.compile(r"^(\d+)-([a-z0-9-]+)\.md$")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_MARKUP = re.compile(r"\*\*|__|`|^#+\s*|^\s*(?:[-*]|\d+\.)\s+|^\|?-{3,}.*$", re.MULTILINE)
_TABLE_EDGE = re.compile(r"^\|[ \t]*|[ \t]*\|[ \t]*$", re.MULTILINE)
_TABLE_CELL = re.compile(r"[ \t]*\|[ \t]*")


@dataclass(frozen=True, slots=True)
class Section:
    id: str
    title: str
    text: str  # the whole Markdown file, title line included


@dataclass(frozen=True, slots=True)
class Match:
    section: Section
    snippet: str


def is_internal(target: str) -> bool:
    """A link to another section (``glossary``), not to a web address or a file."""
    return bool(re.fullmatch(r"[a-z0-9-]+", target))


def internal_links(section: Section) -> list[str]:
    """The ids of the sections this one links to, in order."""
    return [target for _text, target in _LINK.findall(section.text) if is_internal(target)]


def without_web_links(markdown: str) -> str:
    """Links to web sites written out as text, since the app never goes online:
    ``[Skills for Care](https://…)`` becomes ``Skills for Care (https://…)``."""

    def written_out(link: re.Match) -> str:
        text, target = link.groups()
        return link.group(0) if is_internal(target) else f"{text} ({target})"

    return _LINK.sub(written_out, markdown)


def plain_text(markdown: str) -> str:
    """The words a reader sees: links become their text, emphasis and headings lose their marks."""
    text = _MARKUP.sub("", _LINK.sub(r"\1", markdown))
    text = _TABLE_EDGE.sub("", text)
    return _TABLE_CELL.sub(": ", text)  # a table row reads "Ctrl+L: Lock the vault now"


def guide_folders(language: str | None, root: Path | None = None) -> list[Path]:
    """Folders to read, most wanted first: ``cy_GB`` tries ``cy_GB``, ``cy``, then English."""
    root = root if root is not None else resources_dir() / "help"
    wanted: list[str] = []
    if language:
        code = language.replace("-", "_")
        wanted += [code, code.split("_")[0]]
    wanted.append(FALLBACK_LANGUAGE)
    folders: list[Path] = []
    for code in wanted:
        folder = root / code
        if folder.is_dir() and folder not in folders:
            folders.append(folder)
    return folders


def _section_files(folder: Path) -> dict[str, tuple[int, Path]]:
    files: dict[str, tuple[int, Path]] = {}
    for path in folder.iterdir():
        found = _FILE_NAME.match(path.name)
        if found:
            files[found.group(2)] = (int(found.group(1)), path)
    return files


def _read(section_id: str, path: Path) -> Section:
    text = path.read_text(encoding="utf-8").replace("\r\n", "\n").strip() + "\n"
    first = text.split("\n", 1)[0]
    title = first[2:].strip() if first.startswith("# ") else section_id.replace("-", " ")
    return Section(section_id, title, text)


class Guide:
    """The guide in one language, its sections in reading order."""

    def __init__(self, sections: list[Section], language: str) -> None:
        self.sections = tuple(sections)
        self.language = language
        self._by_id = {s.id: s for s in self.sections}

    def section(self, section_id: str) -> Section | None:
        return self._by_id.get(section_id)

    def search(self, words: str) -> list[Match]:
        """Sections holding every word (any case), those with the words in the title first,
        then those that use them most; each with a short snippet around the first word."""
        terms = [w.casefold() for w in words.split()]
        if not terms:
            return []
        ranked = []
        for order, section in enumerate(self.sections):
            body = plain_text(section.text).casefold()
            if not all(term in body for term in terms):
                continue
            title = section.title.casefold()
            title_hits = sum(term in title for term in terms)
            count = sum(body.count(term) for term in terms)
            ranked.append((-title_hits, -count, order, section))
        ranked.sort(key=lambda entry: entry[:3])
        return [Match(s, snippet(s, terms)) for *_rank, s in ranked]


def snippet(section: Section, terms: list[str]) -> str:
    """A few words either side of the first search word found in the section's body."""
    lines = plain_text(section.text).split("\n", 1)
    body = " ".join((lines[1] if len(lines) > 1 else lines[0]).split())
    folded = body.casefold()
    places = [folded.find(t) for t in terms if folded.find(t) >= 0]
    if not places:
        return body[:SNIPPET_AFTER].rsplit(" ", 1)[0] + "…"
    at = min(places)
    start = max(0, at - SNIPPET_BEFORE)
    end = min(len(body), at + SNIPPET_AFTER)
    if start > 0 and body.find(" ", start, at) >= 0:  # start and end on whole words
        start = body.find(" ", start, at) + 1
    if end < len(body) and body.rfind(" ", at, end) > at:
        end = body.rfind(" ", at, end)
    text = body[start:end].strip()
    return ("…" if start > 0 else "") + text + ("…" if end < len(body) else "")


def load(language: str | None = None, root: Path | None = None) -> Guide:
    """The guide in ``language`` (e.g. ``cy`` or ``ur_PK``); English for anything not translated."""
    folders = guide_folders(language, root)
    chosen: dict[str, tuple[int, Path]] = {}
    for folder in reversed(folders):  # later (preferred) folders replace English files
        chosen.update(_section_files(folder))
    ordered = sorted(chosen.items(), key=lambda item: (item[1][0], item[0]))
    sections = [_read(section_id, path) for section_id, (_n, path) in ordered]
    language_used = folders[0].name if folders else FALLBACK_LANGUAGE
    return Guide(sections, language_used)
