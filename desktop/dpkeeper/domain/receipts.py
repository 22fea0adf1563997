"""Receipts: photos and PDF invoices kept as proof of spending."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Receipt:
    receipt_id: int
    transaction_id: int | None  # None: waiting to be matched to spending
    original_name: str
    media_type: str
    display_type: str
    width: int
    height: int
    pages: int
    size_bytes: int
    has_original: bool
    note: str
    added_at: datetime

    @property
    def is_pdf(self) -> bool:
        return self.display_type == "application/pdf"

    @property
    def waiting(self) -> bool:
        return self.transaction_id is None
