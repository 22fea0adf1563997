"""The first-run tour: a few short steps naming the pages, offered once on this computer.

Back, Next and "Skip the tour" (or Escape) work from the keyboard. However it ends, the tour is
remembered as seen; the Help page can show it again.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dpkeeper.services import app_settings
from dpkeeper.ui import theme


class FirstRunTour(QDialog):
    """Opened with ``open()``; ``step`` is the step shown, counting from 0."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = self.tr("A quick tour")
        self.setWindowTitle(title)
        theme.name(self, "firstRunTour", title)
        self.steps = self._steps()
        self.step = 0

        self.counter = theme.name(QLabel(), "tourStepNumber", self.tr("Step number"))
        self.heading = theme.heading("", 1.3)
        self.heading.setObjectName("tourHeading")
        self.words = theme.paragraph("")
        self.words.setObjectName("tourWords")
        self.skip_button = theme.name(
            QPushButton(self.tr("&Skip the tour")), "skipTour", self.tr("Skip the tour (Escape)")
        )
        self.back_button = theme.name(QPushButton(self.tr("&Back")), "tourBack", self.tr("Back"))
        self.next_button = theme.name(QPushButton(), "tourNext", self.tr("Next"))
        self.next_button.setDefault(True)
        for button in (self.skip_button, self.back_button):
            button.setAutoDefault(False)

        self.skip_button.clicked.connect(self.reject)
        self.back_button.clicked.connect(lambda: self.show_step(self.step - 1))
        self.next_button.clicked.connect(self._next)
        self.finished.connect(lambda _result: app_settings.remember_tour_seen())

        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.counter)
        layout.addWidget(self.heading)
        layout.addWidget(self.words, 1)
        layout.addLayout(buttons)
        height = self.fontMetrics().height()
        self.setMinimumWidth(height * 30)
        self.words.setMinimumHeight(height * 6)
        self.show_step(0)

    def _steps(self) -> list[tuple[str, str]]:
        return [
            (
                self.tr("Welcome"),
                self.tr(
                    "This short tour shows you around the app. It takes about a minute. "
                    "You can skip it at any time: press Escape."
                ),
            ),
            (
                self.tr("Home"),
                self.tr(
                    "The Home page shows how things are today: the money you have, how many "
                    "weeks it will last, and what to do next. Start here each time."
                ),
            ),
            (
                self.tr("Money and Receipts"),
                self.tr(
                    "The Money page lists every payment in and out. Add one with Ctrl+N, or "
                    "bring in a file from your bank. The Receipts page keeps photos of your "
                    "receipts. A phone photo is fine."
                ),
            ),
            (
                self.tr("Plan and accounts"),
                self.tr(
                    "Put in what your council agreed to pay, and your bank account. The app "
                    "uses this to work out how long your money will last."
                ),
            ),
            (
                self.tr("Staff, Hours and Statements"),
                self.tr(
                    "If you employ a personal assistant, the Staff page keeps their details and "
                    "the Hours page keeps their hours. When the council asks how the money was "
                    "spent, the Statements page makes the papers for you."
                ),
            ),
            (
                self.tr("Help is always here"),
                self.tr(
                    "Press F1 on any page, or choose “What is this?”, to read about that page. "
                    "The Help page has a short guide, and ideas for a bad day. "
                    "You can see this tour again from the Help page."
                ),
            ),
        ]

    def show_step(self, step: int) -> None:
        self.step = max(0, min(step, len(self.steps) - 1))
        heading, words = self.steps[self.step]
        counter = (
            self.tr("Step %1 of %2")
            .replace("%1", str(self.step + 1))
            .replace("%2", str(len(self.steps)))
        )
        self.counter.setText(counter)
        self.counter.setAccessibleName(counter)
        self.heading.setText(heading)
        self.heading.setAccessibleName(heading)
        self.words.setText(words)
        self.words.setAccessibleName(words)
        self.setAccessibleDescription(f"{counter}. {heading}. {words}")
        last = self.step == len(self.steps) - 1
        self.next_button.setText(self.tr("&Finish") if last else self.tr("&Next"))
        self.next_button.setAccessibleName(self.tr("Finish") if last else self.tr("Next"))
        self.back_button.setEnabled(self.step > 0)
        self.next_button.setFocus()

    def _next(self) -> None:
        if self.step == len(self.steps) - 1:
            self.accept()
        else:
            self.show_step(self.step + 1)
