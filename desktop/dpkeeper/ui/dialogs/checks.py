"""A PA's dated checks (DBS or PVG, right to work, contract), or the employer's insurance."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dpkeeper.domain.dates import parse_day
from dpkeeper.domain.errors import UserError
from dpkeeper.domain.staff import STAFF, Check, CheckKind
from dpkeeper.services import staff
from dpkeeper.services.session import Session
from dpkeeper.ui import display, theme
from dpkeeper.ui.messages import translated, user_message

PA_CHECKS = (CheckKind.DBS, CheckKind.PVG, CheckKind.RIGHT_TO_WORK, CheckKind.CONTRACT)


class ChecksDialog(QDialog):
    """``pa_id`` None edits the employer's liability insurance. ``saved`` is True once saved."""

    def __init__(self, session: Session, pa_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.pa_id = session, pa_id
        self.saved = False
        if pa_id is None:
            title = self.tr("Employer's liability insurance")
            kinds: tuple[CheckKind, ...] = (CheckKind.INSURANCE,)
        else:
            title = self.tr("Checks for %1").replace("%1", staff.get_pa(session, pa_id).name)
            kinds = PA_CHECKS
        self.setWindowTitle(title)
        theme.name(self, "checksDialog", title)
        existing = {c.kind: c for c in staff.checks(session) if c.pa_id == pa_id}
        self.existing = set(existing)
        self.fields: dict[CheckKind, tuple[QLineEdit, QLineEdit, QLineEdit]] = {}
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Done on")), 0, 1)
        grid.addWidget(QLabel(self.tr("Renew or follow up by")), 0, 2)
        grid.addWidget(QLabel(self.tr("Note")), 0, 3)
        for row, kind in enumerate(kinds, start=1):
            name = translated(STAFF, kind.label)
            done = theme.name(
                QLineEdit(), f"{kind.value}Done", self.tr("%1 done on").replace("%1", name)
            )
            due = theme.name(
                QLineEdit(), f"{kind.value}Due", self.tr("%1 due by").replace("%1", name)
            )
            note = theme.name(
                QLineEdit(), f"{kind.value}Note", self.tr("%1 note").replace("%1", name)
            )
            for field in (done, due):
                field.setPlaceholderText(self.tr("dd/mm/yyyy"))
            check = existing.get(kind)
            if check is not None:
                done.setText(display.day(check.done_on))
                due.setText(display.day(check.due_on))
                note.setText(check.note)
            label = QLabel(name)
            label.setBuddy(done)
            grid.addWidget(label, row, 0)
            grid.addWidget(done, row, 1)
            grid.addWidget(due, row, 2)
            grid.addWidget(note, row, 3)
            self.fields[kind] = (done, due, note)
        self.message = theme.name(QLabel(), "checksMessage", self.tr("Message"))
        self.message.setWordWrap(True)
        buttons, self.save_button = theme.save_cancel(self, "Checks")
        layout = QVBoxLayout(self)
        layout.addWidget(
            theme.paragraph(
                self.tr(
                    "Fill in the dates you know. Home reminds you 30 days before a "
                    "“renew or follow up by” date. Leave a date empty if it does not apply."
                )
            )
        )
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        next(iter(self.fields.values()))[0].setFocus()

    def checks(self) -> list[Check]:
        found = []
        for kind, (done, due, note) in self.fields.items():
            if kind not in self.existing and not (done.text() + due.text() + note.text()).strip():
                continue  # nothing to record for this check
            done_on = parse_day(done.text()) if done.text().strip() else None
            due_on = parse_day(due.text()) if due.text().strip() else None
            found.append(Check(kind, self.pa_id, done_on, due_on, note.text().strip()))
        return found

    def save(self) -> None:
        try:
            staff.save_checks(self.session, self.checks())
        except UserError as error:
            theme.set_role(self.message, "error")
            self.message.setText(user_message(error))
            return
        self.saved = True
        self.accept()
