"""The trades table: its columns and the page fetch over ``trades.search``, newest first."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy.orm import Session

from localex_desktop.domain.roles import Actor
from localex_desktop.services import trades
from localex_desktop.services.fields import listed
from localex_desktop.services.fields.listings import member_text as party
from localex_desktop.services.fields.trades import FIELDS, STATUS_TEXT, status_text
from localex_desktop.services.trades import TradeFilter, TradeInfo
from localex_desktop.ui.i18n import translate, translate_marked
from localex_desktop.ui.models.columns import Column, MoneyFormat, field_columns
from localex_desktop.ui.models.lazy_table import PageRequest, Query

__all__ = ["STATUS_TEXT", "party", "status_name", "status_text", "status_word"]

#: the status tabs, in order: (title, status filter); the titles are marked for
#: translation (shown through :func:`status_tabs`)
STATUS_TABS: tuple[tuple[str, str | None], ...] = (
    (str(QT_TRANSLATE_NOOP("pages.trades.model", "Pending")), "pending"),
    (str(QT_TRANSLATE_NOOP("pages.trades.model", "Disputed")), "disputed"),
    (str(QT_TRANSLATE_NOOP("pages.trades.model", "Completed")), "completed"),
    (str(QT_TRANSLATE_NOOP("pages.trades.model", "Cancelled")), "cancelled"),
    (str(QT_TRANSLATE_NOOP("pages.trades.model", "All")), None),
)


def status_tabs() -> tuple[tuple[str, str | None], ...]:
    """:data:`STATUS_TABS` with the titles in the program's language."""
    return tuple((translate_marked("pages.trades.model", title), v) for title, v in STATUS_TABS)


def status_name(t: TradeInfo) -> str:
    """The trade's status as a title ("Pending", "Reversed"), translated."""
    if t.status == "cancelled" and t.reversal_transaction_id is not None:
        return translate("pages.trades.model", "Reversed")
    names = {
        "pending": translate("pages.trades.model", "Pending"),
        "disputed": translate("pages.trades.model", "Disputed"),
        "completed": translate("pages.trades.model", "Completed"),
        "cancelled": translate("pages.trades.model", "Cancelled"),
    }
    return names.get(t.status, t.status)


def status_word(status: str, reversed_: bool = False) -> str:
    """A status as a sentence says it ("trade 3 is pending"), translated."""
    if status == "cancelled" and reversed_:
        return translate("pages.trades.model", "reversed")
    words = {
        "pending": translate("pages.trades.model", "pending"),
        "disputed": translate("pages.trades.model", "disputed"),
        "completed": translate("pages.trades.model", "completed"),
        "cancelled": translate("pages.trades.model", "cancelled"),
    }
    return words.get(status, status)


def trade_status_word(t: TradeInfo) -> str:
    """:func:`status_word` of a trade ("reversed" for a reversed one)."""
    return status_word(t.status, t.reversal_transaction_id is not None)


def trade_tooltip(t: TradeInfo) -> str | None:
    parts = []
    if t.note:
        parts.append(translate("pages.trades.model", "Note: {note}").format(note=t.note))
    if t.resolution:
        parts.append(
            translate("pages.trades.model", "Resolution: {resolution}").format(
                resolution=t.resolution
            )
        )
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
