"""How long work reports progress and notices a request to stop (no Qt here)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from dpkeeper.domain.errors import InvalidInput
from dpkeeper.domain.text import QT_TRANSLATE_NOOP


class Stopped(InvalidInput):
    """The person pressed Cancel; the work was undone."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Errors", "Stopped. Nothing was saved."))


def _nothing(done: int, total: int) -> None:
    return None


def _never() -> bool:
    return False


@dataclass
class Progress:
    """Passed into long work: ``step`` reports every ``every`` items; raises Stopped on cancel."""

    report: Callable[[int, int], None] = _nothing
    stop_requested: Callable[[], bool] = _never
    every: int = 500

    def step(self, done: int, total: int) -> None:
        if done % self.every == 0 or done == total:
            if self.stop_requested():
                raise Stopped()
            self.report(done, total)
