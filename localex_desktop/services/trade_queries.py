"""Reading trades: one trade, a filtered and sorted page of them, how many.

Import these names from :mod:`services.trades`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from localex_desktop.db.models import Member, Trade
from localex_desktop.domain.errors import NotFound, ValidationError
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services import categories
from localex_desktop.services.folding import like_pattern
from localex_desktop.services.paging import sort_key, sorted_page

STATUSES = ("pending", "completed", "cancelled", "disputed")


@dataclass(frozen=True)
class TradeInfo:
    id: int
    buyer_member_id: int
    buyer_name: str
    seller_member_id: int
    seller_name: str
    listing_id: int | None
    category_id: int | None
    category_path: str | None
    amount: int
    description: str
    traded_on: date
    status: str
    transaction_id: int | None
    reversal_transaction_id: int | None
    note: str
    resolution: str
    slip_number: str | None
    batch_id: int | None
    created_by: str
    created_at: datetime
    updated_at: datetime


_Buyer = aliased(Member, name="buyer")
_Seller = aliased(Member, name="seller")


def _select() -> sa.Select[Any]:
    return (
        sa.select(Trade, _Buyer.name, _Seller.name)
        .join(_Buyer, _Buyer.id == Trade.buyer_member_id)
        .join(_Seller, _Seller.id == Trade.seller_member_id)
    )


def _info(t: Trade, buyer: str, seller: str, paths: dict[int, str]) -> TradeInfo:
    return TradeInfo(
        id=t.id,
        buyer_member_id=t.buyer_member_id,
        buyer_name=buyer,
        seller_member_id=t.seller_member_id,
        seller_name=seller,
        listing_id=t.listing_id,
        category_id=t.category_id,
        category_path=None if t.category_id is None else paths.get(t.category_id),
        amount=t.amount,
        description=t.description,
        traded_on=t.traded_on,
        status=t.status,
        transaction_id=t.transaction_id,
        reversal_transaction_id=t.reversal_transaction_id,
        note=t.note,
        resolution=t.resolution,
        slip_number=t.slip_number,
        batch_id=t.batch_id,
        created_by=t.created_by,
        created_at=t.created_at,
        updated_at=t.updated_at,
    )


def get(session: Session, actor: Actor, trade_id: int) -> TradeInfo:
    actor.require(Permission.READ)
    row = session.execute(
        _select().where(Trade.id == trade_id).execution_options(populate_existing=True)
    ).first()
    if row is None:
        raise NotFound(f"There is no trade {trade_id}.")
    return _info(row[0], row[1], row[2], categories.paths(session))


@dataclass
class TradeFilter:
    status: str | None = None
    member_id: int | None = None  # as buyer or seller
    since: date | None = None  # traded on or after
    until: date | None = None  # traded on or before
    batch_id: int | None = None
    text: str = ""  # part of the description, note or slip number


SORTS: dict[str, Any] = {
    "id": Trade.id,
    "traded_on": Trade.traded_on,
    "created": Trade.created_at,
    "updated": Trade.updated_at,
    "amount": Trade.amount,
    "status": Trade.status,
    "buyer": sa.func.lower(_Buyer.name),
    "seller": sa.func.lower(_Seller.name),
}


def _where(stmt: sa.Select[Any], flt: TradeFilter) -> sa.Select[Any]:
    if flt.status is not None:
        if flt.status not in STATUSES:
            raise ValidationError(
                f"There is no trade status {flt.status!r}.",
                hint="Use pending, completed, cancelled or disputed.",
            )
        stmt = stmt.where(Trade.status == flt.status)
    if flt.member_id is not None:
        stmt = stmt.where(
            sa.or_(Trade.buyer_member_id == flt.member_id, Trade.seller_member_id == flt.member_id)
        )
    if flt.since is not None:
        stmt = stmt.where(Trade.traded_on >= flt.since)
    if flt.until is not None:
        stmt = stmt.where(Trade.traded_on <= flt.until)
    if flt.batch_id is not None:
        stmt = stmt.where(Trade.batch_id == flt.batch_id)
    text = flt.text.strip()
    if text:
        like = like_pattern(text)
        stmt = stmt.where(
            sa.or_(
                Trade.description.ilike(like, escape="\\"),
                Trade.note.ilike(like, escape="\\"),
                Trade.slip_number.ilike(like, escape="\\"),
            )
        )
    return stmt


def search(
    session: Session,
    actor: Actor,
    flt: TradeFilter | None = None,
    *,
    sort: str = "id",
    descending: bool = True,
    limit: int = 200,
    offset: int = 0,
) -> list[TradeInfo]:
    """Trades matching the filter, newest first by default, one page at a time."""
    actor.require(Permission.READ)
    key = sort_key(SORTS, sort, "trades")
    stmt = _where(_select(), flt or TradeFilter())
    stmt = sorted_page(stmt, key, Trade.id, descending=descending, limit=limit, offset=offset)
    paths = categories.paths(session)
    return [_info(t, b, s, paths) for t, b, s in session.execute(stmt)]


def count(session: Session, actor: Actor, flt: TradeFilter | None = None) -> int:
    actor.require(Permission.READ)
    stmt = _where(
        sa.select(sa.func.count())
        .select_from(Trade)
        .join(_Buyer, _Buyer.id == Trade.buyer_member_id)
        .join(_Seller, _Seller.id == Trade.seller_member_id),
        flt or TradeFilter(),
    )
    return int(session.scalar(stmt) or 0)
