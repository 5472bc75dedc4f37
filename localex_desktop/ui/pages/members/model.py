"""A member's account history, as a lazy model over the ledger service."""

from __future__ import annotations

from sqlalchemy.orm import Session

from localex_desktop.domain.roles import Actor
from localex_desktop.services import ledger
from localex_desktop.services.ledger import HistoryLine
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.list_page import service_model
from localex_desktop.ui.locale import format_date
from localex_desktop.ui.models.columns import Column, MoneyFormat, amount_column
from localex_desktop.ui.models.lazy_table import LazyTableModel, PageRequest


def others(line: HistoryLine) -> str:
    """Who was on the other side: one name, or how many accounts."""
    mine = line.amount > 0
    other = [e for e in line.tx.entries if (e.amount > 0) != mine and e.amount != 0]
    if len(other) == 1:
        e = other[0]
        return f"{e.account_name} ({e.member_id})" if e.member_id else e.account_name
    return translate("pages.members.model", "%n account(s)", None, len(other)) if other else ""


def history_columns(money: MoneyFormat) -> list[Column[HistoryLine]]:
    return [
        Column(
            translate("pages.members.model", "Date"),
            lambda h: format_date(h.tx.value_date),
            width=10,
        ),
        amount_column(translate("pages.members.model", "Amount"), money, lambda h: h.amount, 10),
        amount_column(translate("pages.members.model", "Balance"), money, lambda h: h.balance, 10),
        Column(
            translate("pages.members.model", "With"),
            others,
            width=16,
            tooltip=lambda h: h.tx.kind.capitalize(),
        ),
        Column(
            translate("pages.members.model", "Memo"),
            lambda h: h.tx.memo,
            width=14,
            stretch=True,
            tooltip=lambda h: h.tx.memo,
        ),
        Column(
            translate("pages.members.model", "Tx"), lambda h: str(h.tx.id), numeric=True, width=5
        ),
    ]


def history_model(ctx: AppContext, money: MoneyFormat) -> LazyTableModel[HistoryLine]:
    """A member's transactions by value date, newest first (``ledger.account_history``),
    keyset paged. The query's filters hold the member's ``(member id, account id)``;
    None shows nothing."""

    def fetch(session: Session, actor: Actor, request: PageRequest) -> list[HistoryLine]:
        who = request.query.filters
        if not isinstance(who, tuple):
            return []
        return ledger.account_history(
            session, actor, who[0], before=request.after_key, limit=request.limit
        )

    return service_model(ctx, history_columns(money), fetch, lambda h: h.key, page_size=100)
