"""A member's account history, as a lazy model over the ledger service."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from localex_desktop.domain.roles import Actor
from localex_desktop.services import ledger
from localex_desktop.services.ledger import EntryView, TransactionView
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.list_page import service_model
from localex_desktop.ui.models.columns import Column, MoneyFormat, amount_column
from localex_desktop.ui.models.lazy_table import LazyTableModel, PageRequest


@dataclass(frozen=True)
class HistoryRow:
    """One transaction as one member's account saw it."""

    tx: TransactionView
    entry: EntryView

    @property
    def others(self) -> str:
        """Who was on the other side: one name, or how many accounts."""
        other = [
            e
            for e in self.tx.entries
            if e.account_id != self.entry.account_id and (e.amount > 0) != (self.entry.amount > 0)
        ]
        if len(other) == 1:
            e = other[0]
            return f"{e.account_name} ({e.member_id})" if e.member_id else e.account_name
        return f"{len(other)} accounts" if other else ""


def history_columns(money: MoneyFormat) -> list[Column[HistoryRow]]:
    return [
        Column("Date", lambda h: h.tx.value_date.isoformat(), width=10),
        amount_column("Amount", money, lambda h: h.entry.amount, 10),
        amount_column("Balance", money, lambda h: h.entry.balance_after, 10),
        Column("With", lambda h: h.others, width=16, tooltip=lambda h: h.tx.kind.capitalize()),
        Column("Memo", lambda h: h.tx.memo, width=14, stretch=True, tooltip=lambda h: h.tx.memo),
        Column("Tx", lambda h: str(h.tx.id), numeric=True, width=5),
    ]


def history_model(ctx: AppContext, money: MoneyFormat) -> LazyTableModel[HistoryRow]:
    """A member's transactions newest first (``ledger.journal(member_id=…)``), keyset paged.

    The query's filters hold the member's ``(member id, account id)``; None shows nothing.
    """

    def fetch(session: Session, actor: Actor, request: PageRequest) -> list[HistoryRow]:
        who = request.query.filters
        if not isinstance(who, tuple):
            return []
        member_id, account_id = who
        txs = ledger.journal(
            session,
            actor,
            ledger.JournalFilter(member_id=member_id),
            before_id=request.after_key,
            limit=request.limit,
        )
        rows = []
        for tx in txs:
            entry = next((e for e in tx.entries if e.account_id == account_id), None)
            if entry is not None:
                rows.append(HistoryRow(tx, entry))
        return rows

    return service_model(ctx, history_columns(money), fetch, lambda h: h.tx.id, page_size=100)
