"""Home: who this vault is for, and what to do next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from dpkeeper.services.session import Session
from dpkeeper.ui import theme


class HomePage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.greeting = theme.heading("")
        self.greeting.setObjectName("homeGreeting")
        self.next_steps = QLabel()
        self.next_steps.setObjectName("homeNextSteps")
        self.next_steps.setWordWrap(True)
        self.next_steps.setTextFormat(Qt.TextFormat.RichText)
        layout = theme.column(self)
        layout.addWidget(self.greeting)
        layout.addWidget(
            theme.paragraph(
                self.tr(
                    "These are your direct payment records. They are locked in your vault on "
                    "this computer, and only your passphrase or recovery code can open them."
                )
            )
        )
        layout.addWidget(theme.heading(self.tr("What to do next"), 1.2))
        layout.addWidget(self.next_steps)
        layout.addStretch()

    def show_session(self, session: Session) -> None:
        name = session.person_name
        self.greeting.setText(self.tr("Hello, %1").replace("%1", name))
        self.greeting.setAccessibleName(self.greeting.text())
        steps = [
            self.tr(
                "Keep your recovery sheet somewhere safe, away from this computer. "
                "If you did not print it, you can make a new code in Settings."
            ),
            self.tr("Choose how long the app waits before it locks itself, in Settings."),
            self.tr("Press Lock (Ctrl+L) whenever you step away. Nothing you have typed is lost."),
        ]
        if session.unlocked_with.name == "RECOVERY_CODE":
            steps.insert(
                0,
                self.tr(
                    "You opened the vault with your recovery code. "
                    "Choose a new passphrase in Settings."
                ),
            )
        items = "".join(f"<li>{step}</li>" for step in steps)
        self.next_steps.setText(f"<ol>{items}</ol>")
        self.next_steps.setAccessibleName(" ".join(steps))
