"""The trades table: a lazy model over ``trades.search``, newest first."""

from __future__ import annotations

from dataclasses import dataclass

from localex_desktop.services import trades
from localex_desktop.services.trades import TradeFilter, TradeInfo
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.models.columns import Column, MoneyFormat
from localex_desktop.ui.models.lazy_table import LazyTableModel, PageRequest, Query

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


def trades_model(ctx: AppContext, money: MoneyFormat) -> LazyTableModel[TradeInfo]:
    """Trades in pages from ``trades.search``; the search text matches description,
    note and slip number."""
    db, actor = ctx.db, ctx.actor

    def fetch(request: PageRequest) -> list[TradeInfo]:
        q = request.query
        f = q.filters if isinstance(q.filters, TradeFilters) else TradeFilters()
        flt = TradeFilter(status=f.status, member_id=f.member_id, text=q.text)
        with db.transaction() as session:
            return trades.search(
                session,
                actor,
                flt,
                sort=q.sort_key or "id",
                descending=q.descending,
                limit=request.limit,
                offset=request.offset,
            )

    return LazyTableModel(
        ctx.tasks,
        trade_columns(money),
        fetch,
        lambda t: t.id,
        query=Query(sort_key="id", descending=True, filters=TradeFilters()),
        page_size=200,
    )
