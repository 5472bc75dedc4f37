"""The trades table: its columns and the page fetch over ``trades.search``, newest first."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from localex_desktop.domain.roles import Actor
from localex_desktop.services import trades
from localex_desktop.services.trades import TradeFilter, TradeInfo
from localex_desktop.ui.models.columns import Column, MoneyFormat
from localex_desktop.ui.models.lazy_table import PageRequest, Query

STATUS_TEXT = {
    "pending": "Pending",
    "disputed": "Disputed",
    "completed": "Completed",
    "cancelled": "Cancelled",
}
#: the status tabs, in order: (title, status filter)
STATUS_TABS: tuple[tuple[str, str | None], ...] = (
    ("Pending", "pending"),
    ("Disputed", "disputed"),
    ("Completed", "completed"),
    ("Cancelled", "cancelled"),
    ("All", None),
)


def party(name: str, member_id: int) -> str:
    return f"{name} ({member_id})"


def status_text(t: TradeInfo) -> str:
    text = STATUS_TEXT.get(t.status, t.status)
    if t.status == "cancelled" and t.reversal_transaction_id is not None:
        return "Reversed"
    return text


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
    return [
        Column("No.", lambda t: str(t.id), sort_key="id", numeric=True, width=5),
        Column("Date", lambda t: t.traded_on.isoformat(), sort_key="traded_on", width=10),
        Column(
            "Buyer",
            lambda t: party(t.buyer_name, t.buyer_member_id),
            sort_key="buyer",
            width=18,
        ),
        Column(
            "Seller",
            lambda t: party(t.seller_name, t.seller_member_id),
            sort_key="seller",
            width=18,
        ),
        Column(
            "Amount",
            lambda t: money.text(t.amount),
            sort_key="amount",
            numeric=True,
            unit=True,
            width=10,
        ),
        Column(
            "Description",
            lambda t: t.description,
            width=20,
            stretch=True,
            tooltip=lambda t: t.description,
        ),
        Column(
            "Category",
            lambda t: t.category_path or "",
            width=22,
            tooltip=lambda t: t.category_path,
        ),
        Column("Status", status_text, sort_key="status", width=10, tooltip=trade_tooltip),
        Column("Slip", lambda t: t.slip_number or "", width=12),
    ]


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
