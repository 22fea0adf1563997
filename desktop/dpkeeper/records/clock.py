"""Timestamps stored in the records: ISO date-times in UTC, to the second."""

from __future__ import annotations

from datetime import UTC, datetime


def now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()
