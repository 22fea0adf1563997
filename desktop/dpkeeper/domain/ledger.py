"""Accounts and the money that goes in and out of them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from dpkeeper.domain.money import Pence
from dpkeeper.domain.text import QT_TRANSLATE_NOOP

LEDGER = "Ledger"


class AccountKind(StrEnum):
    BANK = "bank"
    PREPAID = "prepaid"
    CASH = "cash"

    @property
    def label(self) -> str:
        return {
            "bank": QT_TRANSLATE_NOOP("Ledger", "Bank account"),
            "prepaid": QT_TRANSLATE_NOOP("Ledger", "Prepaid card"),
            "cash": QT_TRANSLATE_NOOP("Ledger", "Petty cash"),
        }[self.value]


class PaymentMethod(StrEnum):
    NONE = ""
    CARD = "card"
    BANK_TRANSFER = "transfer"
    DIRECT_DEBIT = "direct_debit"
    STANDING_ORDER = "standing_order"
    CASH = "cash"
    CHEQUE = "cheque"

    @property
    def label(self) -> str:
        return {
            "": QT_TRANSLATE_NOOP("Ledger", "Not recorded"),
            "card": QT_TRANSLATE_NOOP("Ledger", "Card"),
            "transfer": QT_TRANSLATE_NOOP("Ledger", "Bank transfer"),
            "direct_debit": QT_TRANSLATE_NOOP("Ledger", "Direct debit"),
            "standing_order": QT_TRANSLATE_NOOP("Ledger", "Standing order"),
            "cash": QT_TRANSLATE_NOOP("Ledger", "Cash"),
            "cheque": QT_TRANSLATE_NOOP("Ledger", "Cheque"),
        }[self.value]


class ReceiptStatus(StrEnum):
    ATTACHED = "attached"
    EXPLAINED = "explained"  # "no receipt because …"
    MISSING = "missing"
    NOT_NEEDED = "not_needed"  # money in, and transfers

    @property
    def label(self) -> str:
        return {
            "attached": QT_TRANSLATE_NOOP("Ledger", "Receipt kept"),
            "explained": QT_TRANSLATE_NOOP("Ledger", "No receipt (reason given)"),
            "missing": QT_TRANSLATE_NOOP("Ledger", "Receipt needed"),
            "not_needed": QT_TRANSLATE_NOOP("Ledger", "—"),
        }[self.value]


def receipt_status(amount: Pence, is_transfer: bool, receipts: int, reason: str) -> ReceiptStatus:
    """Spending needs a receipt or a reason why there isn't one; money in and transfers don't."""
    if amount >= 0 or is_transfer:
        return ReceiptStatus.NOT_NEEDED
    if receipts:
        return ReceiptStatus.ATTACHED
    return ReceiptStatus.EXPLAINED if reason.strip() else ReceiptStatus.MISSING


@dataclass(frozen=True, slots=True)
class Account:
    account_id: int
    name: str
    kind: AccountKind
    opening_balance: Pence
    opening_date: date


@dataclass(frozen=True, slots=True)
class Transaction:
    """One movement of money. ``amount`` is positive for money in, negative for money out."""

    transaction_id: int
    when: date
    amount: Pence
    account_id: int
    account_name: str
    who: str
    category_id: int | None
    category_name: str
    category_key: str | None
    budget_line_id: int | None
    method: PaymentMethod
    note: str
    no_receipt_reason: str
    receipts: int
    transfer_id: int | None
    deleted: bool
    balance: Pence | None = None  # the account's running balance after this row, when known

    @property
    def is_transfer(self) -> bool:
        return self.transfer_id is not None

    @property
    def receipt_status(self) -> ReceiptStatus:
        return receipt_status(self.amount, self.is_transfer, self.receipts, self.no_receipt_reason)


class SortBy(StrEnum):
    DATE = "date"
    AMOUNT = "amount"
    WHO = "who"
    CATEGORY = "category"


@dataclass(frozen=True, slots=True)
class TransactionFilter:
    """What the Money page shows: a period, a category, an account, words to look for.

    ``category_id`` UNSORTED shows payments with no category yet (imported ones, often).
    """

    start: date | None = None
    end: date | None = None
    category_id: int | None = None
    account_id: int | None = None
    text: str = ""
    missing_receipts_only: bool = False
    deleted: bool = False  # True shows only deleted rows (to restore them)
    sort_by: SortBy = SortBy.DATE
    newest_first: bool = True


UNSORTED = 0  # a category id no real category has


@dataclass(frozen=True, slots=True)
class TransactionInput:
    """What a person types for one movement of money. Negative ``amount`` is money out."""

    when: date
    amount: Pence
    account_id: int
    who: str
    category_id: int | None = None
    budget_line_id: int | None = None
    method: PaymentMethod = PaymentMethod.NONE
    note: str = ""
    no_receipt_reason: str = ""
