"""Showing what the signed-in person's role allows: buttons they cannot use are switched off
and say why. The services refuse too; this only saves people from trying."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from dpkeeper.domain.access import Action
from dpkeeper.domain.errors import UserError
from dpkeeper.services import access
from dpkeeper.services.session import Session
from dpkeeper.ui.messages import user_message

_OWN_TIP = "dpkeeperOwnToolTip"


def refusal(session: Session | None, action: Action) -> str:
    """The plain message saying who may do this, or "" when the signed-in person may."""
    if session is None or session.can(action):
        return ""
    try:
        access.require(session, action)
    except UserError as error:
        return user_message(error)
    return ""


def allow(widget: QWidget, session: Session | None, action: Action, enabled: bool = True) -> None:
    """Enable ``widget`` when ``enabled`` and the role allows ``action``; if the role does not,
    its tooltip and accessible description say who can."""
    if widget.property(_OWN_TIP) is None:
        widget.setProperty(_OWN_TIP, widget.toolTip())
    why = refusal(session, action)
    widget.setEnabled(enabled and not why)
    widget.setToolTip(why or widget.property(_OWN_TIP))
    widget.setAccessibleDescription(why)
