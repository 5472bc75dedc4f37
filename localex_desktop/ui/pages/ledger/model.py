"""The journal's columns and page fetch (keyset pages of ``ledger.journal``), its entries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from localex_desktop.domain.roles import Actor
from localex_desktop.services import ledger
from localex_desktop.services.ledger import EntryView, JournalFilter, TransactionView
from localex_desktop.ui.models.columns import Column, MoneyFormat, negative_red, when
from localex_desktop.ui.models.lazy_table import PageRequest

KIND_TEXT = {
    "transfer": "Transfer",
    "trade": "Trade",
    "levy": "Levy",
    "batch": "Batch",
    "reversal": "Reversal",
    "opening": "Opening",
    "adjustment": "Adjustment",
}
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


def entry_label(e: EntryView) -> str:
    return f"{e.account_name} ({e.member_id})" if e.member_id else e.account_name


def side(tx: TransactionView, paying: bool) -> str:
    """Who paid (``paying``) or who was paid: one account by name, else how many."""
    legs = [e for e in tx.entries if (e.amount < 0) == paying]
    if len(legs) == 1:
        return entry_label(legs[0])
    return f"{len(legs)} accounts"


def note(tx: TransactionView) -> str:
    parts = []
    if tx.reverses_id is not None:
        parts.append(f"reverses {tx.reverses_id}")
    if tx.reversed_by is not None:
        parts.append(f"reversed by {tx.reversed_by}")
    return ", ".join(parts)


def journal_columns(money: MoneyFormat) -> list[Column[TransactionView]]:
    return [
        Column("No.", lambda t: str(t.id), numeric=True, width=7),
        Column("Date", lambda t: when(t.posted_at), width=16),
        Column("Kind", lambda t: KIND_TEXT.get(t.kind, t.kind), width=9),
        Column("From", lambda t: side(t, True), width=18),
        Column("To", lambda t: side(t, False), width=18),
        Column("Memo", lambda t: t.memo, width=24, stretch=True, tooltip=lambda t: t.memo),
        Column("Amount", lambda t: money.text(t.amount), numeric=True, unit=True, width=12),
        Column("Note", note, width=14),
    ]


def entry_columns(money: MoneyFormat) -> list[Column[EntryView]]:
    return [
        Column("Account", lambda e: e.account_name, width=24, stretch=True),
        Column("Member", lambda e: str(e.member_id) if e.member_id else "—", numeric=True, width=8),
        Column(
            "Amount",
            lambda e: money.text(e.amount),
            numeric=True,
            unit=True,
            width=12,
            color=lambda e: negative_red(e.amount),
        ),
        Column(
            "Balance after",
            lambda e: money.text(e.balance_after),
            numeric=True,
            unit=True,
            width=14,
            color=lambda e: negative_red(e.balance_after),
        ),
    ]


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
