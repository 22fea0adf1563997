"""The "Changes made" pages of the audit pack: when, who and what, for every change in a period."""

from __future__ import annotations

import io
from datetime import date

from reportlab.lib.units import mm

from dpkeeper.domain.text import translate
from dpkeeper.reports import fonts
from dpkeeper.reports.pdf_common import (
    LEFT,
    SOFT,
    WIDTH,
    Fact,
    Gap,
    Pager,
    Text,
    Type,
    draw_pages,
    fill,
    new_canvas,
    period_words,
    text,
    wrap,
)
from dpkeeper.services.progress import Progress

WHEN_WIDTH, WHO_WIDTH = 34 * mm, 40 * mm
SIZE, LEADING = 9, 11.5


def _row(when: str, who: str, what: str, t: Type) -> list[Text]:
    what_x, what_width = LEFT + WHEN_WIDTH + WHO_WIDTH, WIDTH - WHEN_WIDTH - WHO_WIDTH
    who_lines = wrap(who, t.regular, SIZE, WHO_WIDTH - 6)
    return [
        Text([when], t.regular, SIZE, LEADING, width=WHEN_WIDTH - 6),
        Text(who_lines, t.regular, SIZE, LEADING, x=LEFT + WHEN_WIDTH, width=WHO_WIDTH - 6),
        Text(
            wrap(what, t.regular, SIZE, what_width),
            t.regular,
            SIZE,
            LEADING,
            x=what_x,
            space_after=4,
            width=what_width,
        ),
    ]


class _Together:
    """Three columns of one change, drawn side by side."""

    def __init__(self, cells: list[Text]) -> None:
        self.cells = cells
        self.height = max(cell.height for cell in cells) + 4

    def draw(self, pdf, y: float) -> None:
        for cell in self.cells:
            cell.draw(pdf, y)


def history_pdf(
    person: str,
    start: date,
    end: date,
    rows: list[tuple[str, str, str]],
    made_on: date,
    progress: Progress | None = None,
) -> bytes:
    """A table of every change made in the period, oldest first."""
    t = Type(*fonts.register())
    pager = Pager()
    pager.add(text(translate("Reports", "Changes made"), t.bold, 24, space_after=4))
    pager.add(
        text(
            translate(
                "Reports",
                "Every change to payments dated in this period (even if made later), and "
                "everything else changed on these days: when, who, and what changed.",
            ),
            t.regular,
            12,
            colour=SOFT,
            space_after=14,
        )
    )
    who = person or translate("Reports", "Not recorded")
    pager.add(Fact(translate("Reports", "Person"), [who], t))
    pager.add(Fact(translate("Reports", "Period"), [period_words(start, end)], t))
    pager.add(Gap(10))
    what_x = LEFT + WHEN_WIDTH + WHO_WIDTH
    head = _Together(
        [
            Text([translate("Reports", "When")], t.bold, SIZE, LEADING, width=WHEN_WIDTH - 6),
            Text(
                [translate("Reports", "Who")],
                t.bold,
                SIZE,
                LEADING,
                x=LEFT + WHEN_WIDTH,
                width=WHO_WIDTH - 6,
            ),
            Text(
                [translate("Reports", "What")],
                t.bold,
                SIZE,
                LEADING,
                x=what_x,
                width=WIDTH - what_x + LEFT,
            ),
        ]
    )
    pager.add(head)
    pager.heads = head
    if not rows:
        pager.add(text(translate("Reports", "No changes were made in this period."), t.regular, 10))
    for when, who, what in rows:
        pager.add(_Together(_row(when, who, what, t)))
    pager.heads = None
    buffer = io.BytesIO()
    pdf = new_canvas(buffer, translate("Reports", "Changes made"))
    draw_pages(
        pdf,
        pager.pages,
        t,
        made_on,
        (fill(translate("Reports", "Changes made: %1"), person), period_words(start, end)),
        progress or Progress(),
        0,
    )
    pdf.save()
    return buffer.getvalue()
