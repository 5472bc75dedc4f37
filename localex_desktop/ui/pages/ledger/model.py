"""The journal's columns and page fetch (keyset pages of ``ledger.journal``), its entries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from localex_desktop.domain.roles import Actor
from localex_desktop.services import ledger
from localex_desktop.services.fields import listed
from localex_desktop.services.fields.transactions import (
    ENTRY_FIELDS,
    FIELDS,
    KIND_TEXT,
    entry_label,
    note,
    side,
)
from localex_desktop.services.ledger import EntryView, JournalFilter, TransactionView
from localex_desktop.ui.models.columns import Column, MoneyFormat, field_columns
from localex_desktop.ui.models.lazy_table import PageRequest

__all__ = ["KIND_TEXT", "entry_label", "note", "side"]

SYSTEM_ACCOUNT_TEXT = {
    "community_fund": "Community fund",
    "fees": "Fees",
    "opening_balances": "Opening balances",
}


@dataclass(frozen=True)
class LedgerFilters:
    """The journal's filters besides the memo text (which is the query's search text).

    ``start_at`` shows that transaction and older ones only ("jump to").
    """

    member_id: int | None = None
    account_code: str | None = None
    kind: str | None = None
    category_id: int | None = None
    since: date | None = None
    until: date | None = None
    start_at: int | None = None

    @property
    def active(self) -> bool:
        return self != LedgerFilters()


def journal_columns(money: MoneyFormat) -> list[Column[TransactionView]]:
    """The journal's columns: the transaction fields (``services.fields.transactions``)."""
    return field_columns(
        listed(FIELDS),
        money,
        tooltips={"memo": lambda t: t.memo, "value_date": _recorded},
    )


def _recorded(t: TransactionView) -> str:
    """The Date column's tooltip: when the ledger recorded it (and why, if later)."""
    text = f"Recorded {t.posted_at.astimezone():%Y-%m-%d %H:%M} by {t.actor}"
    if t.backdated and t.reason and t.kind != "reversal":
        text += f"; dated earlier because: {t.reason}"
    return text


def entry_columns(money: MoneyFormat) -> list[Column[EntryView]]:
    """A transaction's entries: the entry fields, amounts below zero in red."""
    return field_columns(listed(ENTRY_FIELDS), money)


def fetch_journal(session: Session, actor: Actor, request: PageRequest) -> list[TransactionView]:
    """One page of the journal, newest first, keyset-paged by id (``before_id``).

    The query's filters are :class:`LedgerFilters`; its text, words of the memo. With
    ``start_at`` the journal starts at that transaction ("jump to").
    """
    f = request.query.filters
    if not isinstance(f, LedgerFilters):
        f = LedgerFilters()
    before = request.after_key
    if before is None and f.start_at is not None:
        before = f.start_at + 1
    account_id = ledger.system_account(session, f.account_code) if f.account_code else None
    return ledger.journal(
        session,
        actor,
        JournalFilter(
            member_id=f.member_id,
            account_id=account_id,
            kind=f.kind,
            category_id=f.category_id,
            since=f.since,
            until=f.until,
            text=request.query.text.strip() or None,
        ),
        before_id=before,
        limit=request.limit,
    )
