"""The members table and a member's account history, as lazy models over the services."""

from __future__ import annotations

from dataclasses import dataclass

from localex_desktop.services import ledger, members
from localex_desktop.services.ledger import EntryView, TransactionView
from localex_desktop.services.members import MemberInfo
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.models.columns import Column, MoneyFormat, negative_red, when
from localex_desktop.ui.models.lazy_table import LazyTableModel, PageRequest, Query

STATUS_TEXT = {"active": "Active", "suspended": "Suspended", "left": "Left"}


def member_columns(money: MoneyFormat) -> list[Column[MemberInfo]]:
    return [
        Column("No.", lambda m: str(m.id), sort_key="id", numeric=True, width=4),
        Column("Name", lambda m: m.name, sort_key="name", width=20, stretch=True),
        Column("Status", lambda m: STATUS_TEXT.get(m.status, m.status), sort_key="status", width=9),
        Column(
            "Balance",
            lambda m: money.text(m.balance),
            sort_key="balance",
            numeric=True,
            unit=True,
            width=11,
            color=lambda m: negative_red(m.balance),
        ),
        Column(
            "Credit limit",
            lambda m: money.text(m.credit_limit) if m.credit_limit is not None else "none",
            sort_key="credit_limit",
            numeric=True,
            unit=True,
            width=13,
        ),
        Column(
            "Last activity",
            lambda m: when(m.last_activity_at, time=False, never="never"),
            sort_key="last_activity",
            width=11,
        ),
    ]


def members_model(ctx: AppContext, money: MoneyFormat) -> LazyTableModel[MemberInfo]:
    """Members in pages, searched and sorted by ``members.search``; filters: a status."""
    db, actor = ctx.db, ctx.actor

    def fetch(request: PageRequest) -> list[MemberInfo]:
        q = request.query
        status = q.filters if isinstance(q.filters, str) and q.filters else None
        with db.transaction() as session:
            return members.search(
                session,
                actor,
                q.text,
                status=status,
                sort=q.sort_key or "id",
                descending=q.descending,
                limit=request.limit,
                offset=request.offset,
            )

    return LazyTableModel(
        ctx.tasks,
        member_columns(money),
        fetch,
        lambda m: m.id,
        query=Query(sort_key="id"),
        page_size=200,
    )


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
        Column("Date", lambda h: when(h.tx.posted_at, time=False), width=10),
        Column(
            "Amount",
            lambda h: money.text(h.entry.amount),
            numeric=True,
            unit=True,
            width=10,
            color=lambda h: negative_red(h.entry.amount),
        ),
        Column(
            "Balance",
            lambda h: money.text(h.entry.balance_after),
            numeric=True,
            unit=True,
            width=10,
            color=lambda h: negative_red(h.entry.balance_after),
        ),
        Column("With", lambda h: h.others, width=16, tooltip=lambda h: h.tx.kind.capitalize()),
        Column("Memo", lambda h: h.tx.memo, width=14, stretch=True, tooltip=lambda h: h.tx.memo),
        Column("Tx", lambda h: str(h.tx.id), numeric=True, width=5),
    ]


def history_model(ctx: AppContext, money: MoneyFormat) -> LazyTableModel[HistoryRow]:
    """A member's transactions newest first (``ledger.journal(member_id=…)``), keyset paged.

    The query's filters hold the member's ``(member id, account id)``; None shows nothing.
    """
    db, actor = ctx.db, ctx.actor

    def fetch(request: PageRequest) -> list[HistoryRow]:
        who = request.query.filters
        if not isinstance(who, tuple):
            return []
        member_id, account_id = who
        with db.transaction() as session:
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

    return LazyTableModel(
        ctx.tasks, history_columns(money), fetch, lambda h: h.tx.id, page_size=100
    )
