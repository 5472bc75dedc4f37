"""The trades table: its columns and the page fetch over ``trades.search``, newest first."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from localex_desktop.domain.roles import Actor
from localex_desktop.services import trades
from localex_desktop.services.fields import listed
from localex_desktop.services.fields.listings import member_text as party
from localex_desktop.services.fields.trades import FIELDS, STATUS_TEXT, status_text
from localex_desktop.services.trades import TradeFilter, TradeInfo
from localex_desktop.ui.models.columns import Column, MoneyFormat, field_columns
from localex_desktop.ui.models.lazy_table import PageRequest, Query

__all__ = ["STATUS_TEXT", "party", "status_text"]

#: the status tabs, in order: (title, status filter)
STATUS_TABS: tuple[tuple[str, str | None], ...] = (
    ("Pending", "pending"),
    ("Disputed", "disputed"),
    ("Completed", "completed"),
    ("Cancelled", "cancelled"),
    ("All", None),
)


def trade_tooltip(t: TradeInfo) -> str | None:
    parts = []
    if t.note:
        parts.append(f"Note: {t.note}")
    if t.resolution:
        parts.append(f"Resolution: {t.resolution}")
    return "\n".join(parts) or None


@dataclass(frozen=True)
class TradeFilters:
    status: str | None = "pending"
    member_id: int | None = None


def trade_columns(money: MoneyFormat) -> list[Column[TradeInfo]]:
    """The table's columns: the trade fields (``services.fields.trades``)."""
    return field_columns(
        listed(FIELDS),
        money,
        tooltips={
            "description": lambda t: t.description,
            "category": lambda t: t.category_path,
            "status": trade_tooltip,
        },
    )


def fetch_trades(session: Session, actor: Actor, request: PageRequest) -> list[TradeInfo]:
    """One page of trades for the table (``service_model``): the search text matches the
    description, note and slip number; sorted and filtered by the database."""
    q = request.query
    f = q.filters if isinstance(q.filters, TradeFilters) else TradeFilters()
    return trades.search(
        session,
        actor,
        TradeFilter(status=f.status, member_id=f.member_id, text=q.text),
        sort=q.sort_key or "id",
        descending=q.descending,
        limit=request.limit,
        offset=request.offset,
    )


#: newest first, the pending tab
TRADES_QUERY = Query(sort_key="id", descending=True, filters=TradeFilters())


def count_by_status(session: Session, actor: Actor, member_id: int | None) -> list[int]:
    """How many trades each status tab holds (for one member, if given)."""
    return [
        trades.count(session, actor, TradeFilter(status=status, member_id=member_id))
        for _title, status in STATUS_TABS
    ]
