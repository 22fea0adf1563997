"""The printable recovery sheet: one page, the code clearly on it, and nothing secret elsewhere.

reportlab stores each page's drawing commands as a compressed stream (ASCII85 over Flate). The
helpers below undo that and read the lines of text back, so the tests need no PDF tools.
"""

from __future__ import annotations

import base64
import os
import re
import zlib
from datetime import date
from pathlib import Path

import pytest

from dpkeeper.reports.recovery_sheet import (
    RecoverySheet,
    recovery_sheet_bytes,
    write_recovery_sheet,
)

CODE = "7RE0-RT0W-WWC7-TTHV-ECV3-9QVA-P9Z4"
STREAM = re.compile(rb"<<(?P<head>(?:(?!<<).)*?)>>\s*stream\r?\n(?P<body>.*?)endstream", re.S)
LINE_ENDS = {"T*", "ET", "BT", "Td", "TD", "Tm", "'", '"'}
ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}


def a_sheet(**changes: object) -> RecoverySheet:
    fields: dict[str, object] = {
        "person_name": "Anna Okafor",
        "vault_folder": Path("/home/anna/Documents/Direct Payments Keeper/Anna.dpvault"),
        "code": CODE,
        "made_on": date(2026, 11, 22),
    }
    fields.update(changes)
    return RecoverySheet(**fields)  # type: ignore[arg-type]


def decoded_streams(pdf: bytes) -> list[bytes]:
    """Every stream in the file, with its ASCII85 and Flate encodings undone."""
    streams = []
    for match in STREAM.finditer(pdf):
        head, body = match["head"], match["body"].strip()
        if b"/ASCII85Decode" in head:
            body = base64.a85decode(body.removeprefix(b"<~").removesuffix(b"~>"))
        if b"/FlateDecode" in head:
            body = zlib.decompress(body)
        streams.append(body)
    return streams


def text_lines(content: bytes) -> list[str]:
    """The text in PDF drawing commands, line by line, unescaped and read as Latin-1.

    Strings shown one after another (Tj) join up; a move to a new line or position ends a line.
    """
    text = content.decode("latin-1")
    lines, line, i = [], [], 0
    while i < len(text):
        if text[i] == "(":
            depth, i = 1, i + 1
            while depth:
                ch = text[i]
                if ch == "\\":
                    octal = re.match(r"[0-7]{1,3}", text[i + 1 :])
                    if octal:
                        line.append(chr(int(octal[0], 8)))
                        i += len(octal[0])
                    else:
                        line.append(ESCAPES.get(text[i + 1], text[i + 1]))
                        i += 1
                elif ch in "()":
                    depth += 1 if ch == "(" else -1
                    if depth:
                        line.append(ch)
                else:
                    line.append(ch)
                i += 1
            continue
        word = re.match(r"\S+", text[i:])
        if word is None:
            i += 1
            continue
        if word[0] in LINE_ENDS and line:
            lines.append("".join(line))
            line = []
        i += len(word[0])
    return lines


def page_text(pdf: bytes) -> str:
    return "\n".join(line for stream in decoded_streams(pdf) for line in text_lines(stream))


def without_spaces(text: str) -> str:
    return "".join(text.split())


def page_count(pdf: bytes) -> int:
    counts = re.findall(rb"/Count (\d+)", pdf)
    assert len(counts) == 1
    return int(counts[0])


def outside_streams(pdf: bytes) -> bytes:
    return STREAM.sub(b"", pdf)


def test_the_sheet_is_one_page_and_shows_the_code():
    pdf = recovery_sheet_bytes(a_sheet())
    assert pdf.startswith(b"%PDF")
    assert page_count(pdf) == 1
    text = page_text(pdf)
    for group in CODE.split("-"):
        assert group in text


def test_the_sheet_says_whose_it_is_where_the_vault_is_and_when_it_was_made():
    text = page_text(recovery_sheet_bytes(a_sheet()))
    assert "Recovery sheet" in text
    assert "Anna Okafor" in text
    assert "/home/anna/Documents/Direct Payments Keeper/Anna.dpvault" in text
    assert "22 November 2026" in text
    assert "Use recovery code instead" in text


def test_the_date_is_written_in_words_whatever_the_month():
    text = page_text(recovery_sheet_bytes(a_sheet(made_on=date(2027, 1, 5))))
    assert "5 January 2027" in text


@pytest.mark.parametrize(
    "code",
    [CODE.lower(), CODE.replace("-", " "), CODE.replace("-", "")],
    ids=["small letters", "spaces", "no dashes"],
)
def test_the_code_is_shown_in_capital_letters_and_groups_of_four_however_it_was_given(code):
    text = page_text(recovery_sheet_bytes(a_sheet(code=code)))
    assert "7RE0 RT0W WWC7 TTHV" in text.splitlines()
    for group in CODE.split("-"):
        assert group in text


def test_a_name_with_markup_characters_is_shown_as_written():
    pdf = recovery_sheet_bytes(a_sheet(person_name="Anna <b>& Okafor"))
    assert page_count(pdf) == 1
    assert "Anna <b>& Okafor" in page_text(pdf)


def test_a_name_outside_the_standard_fonts_does_not_stop_the_sheet_being_made():
    pdf = recovery_sheet_bytes(a_sheet(person_name="Zoë Ōkafor"))
    assert page_count(pdf) == 1
    assert "Zoë" in page_text(pdf)


@pytest.mark.parametrize(
    "folder",
    [
        "/home/anna/" + "Folder name/" * 24 + "Anna.dpvault",
        "/home/anna/" + "x" * 300 + "/Anna.dpvault",
    ],
    ids=["with spaces", "without spaces"],
)
def test_a_long_vault_path_still_fits_on_one_page(folder):
    assert len(folder) >= 300
    pdf = recovery_sheet_bytes(a_sheet(vault_folder=Path(folder)))
    assert page_count(pdf) == 1
    text = page_text(pdf)
    assert without_spaces(folder) in without_spaces(text)
    for group in CODE.split("-"):
        assert group in text


def test_the_code_and_the_name_stay_out_of_the_file_details():
    pdf = recovery_sheet_bytes(a_sheet())
    details = outside_streams(pdf)
    assert b"/Title (Recovery sheet)" in details
    assert b"Anna" not in details
    for group in CODE.split("-"):
        assert group.encode() not in details


def test_writing_the_sheet_leaves_just_the_pdf_in_the_folder(tmp_path):
    folder = tmp_path / "printing"
    folder.mkdir()
    target = folder / "Recovery sheet.pdf"
    write_recovery_sheet(a_sheet(), target)
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in folder.iterdir()] == ["Recovery sheet.pdf"]


def test_a_failed_write_leaves_no_sheet_and_no_temporary_file(tmp_path, monkeypatch):
    folder = tmp_path / "printing"
    folder.mkdir()
    target = folder / "Recovery sheet.pdf"

    def fail(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        write_recovery_sheet(a_sheet(), target)
    assert not target.exists()
    assert list(folder.iterdir()) == []
