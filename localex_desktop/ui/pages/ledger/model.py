"""The journal's columns and page fetch (keyset pages of ``ledger.journal``), its entries."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP
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
from localex_desktop.ui.i18n import translate, translate_marked
from localex_desktop.ui.models.columns import Column, MoneyFormat, field_columns
from localex_desktop.ui.models.lazy_table import PageRequest

__all__ = ["KIND_TEXT", "entry_label", "note", "side"]

#: the system accounts' names (shown through :func:`account_words`)
SYSTEM_ACCOUNT_TEXT = {
    "community_fund": QT_TRANSLATE_NOOP("pages.ledger.model", "Community fund"),
    "fees": QT_TRANSLATE_NOOP("pages.ledger.model", "Fees"),
    "opening_balances": QT_TRANSLATE_NOOP("pages.ledger.model", "Opening balances"),
}


def account_words(code: str) -> str:
    """A system account's name in the program's language (its code if unknown)."""
    return translate_marked("pages.ledger.model", str(SYSTEM_ACCOUNT_TEXT.get(code, code)))


def kind_words(kind: str) -> str:
    """A transaction's kind in words ("Levy"), translated (the field list's words)."""
    return translate_marked("fields", KIND_TEXT.get(kind, kind))


def side_words(tx: TransactionView, paying: bool) -> str:
    """:func:`side` in the program's language: one account by name, else how many."""
    legs = [e for e in tx.entries if (e.amount < 0) == paying]
    if len(legs) == 1:
        return entry_label(legs[0])
    return translate("pages.ledger.model", "%n account(s)", None, len(legs))


def note_words(tx: TransactionView) -> str:
    """:func:`note` in the program's language: "reverses 12", "reversed by 15"."""
    if tx.reverses_id is not None and tx.reversed_by is not None:
        return translate(
            "pages.ledger.model", "reverses {reverses}, reversed by {reversed_by}"
        ).format(reverses=tx.reverses_id, reversed_by=tx.reversed_by)
    if tx.reverses_id is not None:
        return translate("pages.ledger.model", "reverses {number}").format(number=tx.reverses_id)
    if tx.reversed_by is not None:
        return translate("pages.ledger.model", "reversed by {number}").format(number=tx.reversed_by)
    return ""


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
    """The journal's columns: the transaction fields (``services.fields.transactions``),
    with From, To and Note in the program's language (the fields say them in English)."""
    fields = listed(FIELDS)
    columns = field_columns(
        fields,
        money,
        tooltips={"memo": lambda t: t.memo, "value_date": _recorded},
    )
    words = {
        "from": lambda t: side_words(t, True),
        "to": lambda t: side_words(t, False),
        "note": note_words,
    }
    return [
        replace(c, text=words[f.name]) if f.name in words else c
        for f, c in zip(fields, columns, strict=True)
    ]


def _recorded(t: TransactionView) -> str:
    """The Date column's tooltip: when the ledger recorded it (and why, if later)."""
    at = f"{t.posted_at.astimezone():%Y-%m-%d %H:%M}"
    if t.backdated and t.reason and t.kind != "reversal":
        return translate(
            "pages.ledger.model", "Recorded {at} by {actor}; dated earlier because: {reason}"
        ).format(at=at, actor=t.actor, reason=t.reason)
    return translate("pages.ledger.model", "Recorded {at} by {actor}").format(at=at, actor=t.actor)


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
