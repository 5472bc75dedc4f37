"""Trades between members, and their settlement in the ledger.

    pending  → completed | cancelled | disputed
    disputed → completed | cancelled            (resolved, with a note on the outcome)
    completed → cancelled                       (only by reversing its ledger transaction)
    cancelled: final

Completing a trade posts exactly one ledger transaction (kind ``trade``, buyer pays
seller) with the idempotency key ``trade:<id>``. The trade row is locked FOR UPDATE
first, so when two coordinators press "complete" at once the second waits, then finds
the trade completed and gets the same answer; a client that retries after a lost
reply gets it too. Even without the lock the key would make the ledger replay the
first posting instead of posting twice.

A completed trade is never edited: :func:`reverse_trade` posts the ledger reversal
of its transaction and marks the trade cancelled, keeping both transaction ids, so
the books show the original and its correction; record a new trade if the right
amount is different. The state machine is also enforced by a trigger (migration
0003), so another client or a hand-written UPDATE cannot break it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from localex_desktop.db.models import Listing, Member, Trade, Transaction
from localex_desktop.domain.errors import Conflict, NotFound, Refused, ValidationError
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services import audit, categories, ledger

STATUSES = ("pending", "completed", "cancelled", "disputed")
TRANSITIONS: dict[str, frozenset[str]] = {
    "pending": frozenset({"completed", "cancelled", "disputed"}),
    "disputed": frozenset({"completed", "cancelled"}),
    "completed": frozenset({"cancelled"}),  # by reversal only
    "cancelled": frozenset(),
}
MAX_DESCRIPTION = 500
MAX_NOTE = 2000
MAX_SLIP = 40


def idempotency_key(trade_id: int) -> str:
    return f"trade:{trade_id}"


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


@dataclass(frozen=True)
class CompleteResult:
    trade: TradeInfo
    already_completed: bool  # True: someone (or an earlier try) completed it; nothing posted


@dataclass
class TradeInput:
    buyer_member_id: int
    seller_member_id: int
    amount: int  # minor units, > 0
    description: str = ""
    listing_id: int | None = None
    category_id: int | None = None
    traded_on: date | None = None  # the day of the trade (the date on a slip); default today
    slip_number: str | None = None
    note: str = ""


# -- reading -----------------------------------------------------------------------

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
        like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
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
    key = SORTS.get(sort)
    if key is None:
        raise ValidationError(
            f"Cannot sort trades by {sort!r}.", hint="Use one of " + ", ".join(SORTS) + "."
        )
    stmt = _where(_select(), flt or TradeFilter())
    order = key.desc().nulls_last() if descending else key.asc().nulls_last()
    stmt = stmt.order_by(order, Trade.id.desc() if descending else Trade.id)
    stmt = stmt.limit(max(1, min(limit, 10_000))).offset(max(0, offset))
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


# -- changing ----------------------------------------------------------------------


def _snapshot(t: Trade) -> dict[str, Any]:
    return {
        "buyer_member_id": t.buyer_member_id,
        "seller_member_id": t.seller_member_id,
        "listing_id": t.listing_id,
        "category_id": t.category_id,
        "amount": t.amount,
        "description": t.description,
        "traded_on": t.traded_on.isoformat() if t.traded_on else None,
        "status": t.status,
        "transaction_id": t.transaction_id,
        "reversal_transaction_id": t.reversal_transaction_id,
        "note": t.note,
        "resolution": t.resolution,
        "slip_number": t.slip_number,
        "batch_id": t.batch_id,
    }


def _text(value: str, field: str, limit: int, *, required: bool = False) -> str:
    text = " ".join(value.split())
    if required and not text:
        raise ValidationError(f"The {field} is empty.", field=field)
    if len(text) > limit:
        raise ValidationError(f"The {field} is longer than {limit} characters.", field=field)
    return text


def _amount(amount: int) -> int:
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise ValidationError("The amount must be a whole number of minor units.", field="amount")
    if amount <= 0:
        raise ValidationError("The amount must be more than zero.", field="amount")
    return amount


def clean_slip_number(text: str | None) -> str | None:
    if text is None:
        return None
    slip = " ".join(text.split())
    if not slip:
        return None
    if len(slip) > MAX_SLIP:
        raise ValidationError(
            f"The slip number is longer than {MAX_SLIP} characters.", field="slip_number"
        )
    return slip


def _party(session: Session, member_id: int, role: str) -> Member:
    member = session.get(Member, member_id)
    if member is None:
        raise NotFound(
            f"There is no member number {member_id}.", hint=f"Check the {role}'s number."
        )
    if member.status == "left":
        raise Refused(
            f"{member.name} (member {member_id}) has left the exchange and cannot trade.",
            hint=f"Check the {role}'s number.",
        )
    return member


def _insert(
    session: Session, actor: Actor, data: TradeInput, *, batch_id: int | None = None
) -> Trade:
    """Validate and insert a pending trade (no permission check, no audit: callers do)."""
    amount = _amount(data.amount)
    if data.buyer_member_id == data.seller_member_id:
        raise ValidationError(
            "The buyer and the seller are the same member.", hint="Choose two different members."
        )
    _party(session, data.buyer_member_id, "buyer")
    _party(session, data.seller_member_id, "seller")
    description = _text(data.description, "description", MAX_DESCRIPTION)
    category_id = data.category_id
    if data.listing_id is not None:
        listing = session.get(Listing, data.listing_id)
        if listing is None:
            raise NotFound(f"There is no listing {data.listing_id}.")
        owner_side, owner = (
            ("seller", data.seller_member_id)
            if listing.kind == "offer"
            else ("buyer", data.buyer_member_id)
        )
        if listing.member_id != owner:
            raise ValidationError(
                f"Listing {listing.id} is a {listing.kind} of member {listing.member_id}, "
                f"so member {listing.member_id} must be the {owner_side} of this trade.",
                field="listing",
                hint="Check the listing number and who paid whom.",
            )
        description = description or listing.title
        if category_id is None:
            category_id = listing.category_id
    if not description:
        raise ValidationError(
            "Say what was traded.", field="description", hint="For example: 2 hours of gardening."
        )
    if category_id is not None:
        categories.get(session, actor, category_id)
    if data.traded_on is not None and data.traded_on > date.today():
        raise ValidationError(
            f"The trade date {data.traded_on.isoformat()} is in the future.", field="traded_on"
        )
    slip = clean_slip_number(data.slip_number)
    if slip is not None:
        other = session.scalar(sa.select(Trade.id).where(Trade.slip_number == slip))
        if other is not None:
            raise Conflict(
                f"Slip {slip} was already entered as trade {other}.",
                hint="Check the slip number; each slip is entered once.",
            )
    trade = Trade(
        buyer_member_id=data.buyer_member_id,
        seller_member_id=data.seller_member_id,
        listing_id=data.listing_id,
        category_id=category_id,
        amount=amount,
        description=description,
        note=_text(data.note, "note", MAX_NOTE),
        slip_number=slip,
        batch_id=batch_id,
        operator_id=actor.operator_id,
        created_by=actor.name,
    )
    if data.traded_on is not None:
        trade.traded_on = data.traded_on
    session.add(trade)
    try:
        session.flush()
    except IntegrityError as exc:
        if slip is not None and "slip_number" in str(exc.orig):
            raise Conflict(f"Slip {slip} was entered by someone else just now.") from exc
        raise
    session.refresh(trade)
    audit.record(session, actor, "create", "trade", trade.id, after=_snapshot(trade))
    return trade


def _memo(trade: Trade) -> str:
    head = f"Trade {trade.id}" + (f" (slip {trade.slip_number})" if trade.slip_number else "")
    return f"{head}: {trade.description}"[: ledger.MAX_MEMO]


def _post(
    session: Session, actor: Actor, trade: Trade, verb: str, before: dict[str, Any] | None = None
) -> None:
    """Post the trade's ledger transaction and mark it completed (trade row locked)."""
    before = before or _snapshot(trade)
    result = ledger.transfer(
        session,
        actor,
        trade.buyer_member_id,
        trade.seller_member_id,
        trade.amount,
        _memo(trade),
        kind="trade",
        idempotency_key=idempotency_key(trade.id),
        category_id=trade.category_id,
    )
    trade.transaction_id = result.transaction_id
    trade.status = "completed"
    session.flush()
    session.refresh(trade)
    audit.record(session, actor, verb, "trade", trade.id, before=before, after=_snapshot(trade))


def _lock(session: Session, trade_id: int) -> Trade:
    trade = session.scalar(
        sa.select(Trade)
        .where(Trade.id == trade_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    if trade is None:
        raise NotFound(f"There is no trade {trade_id}.")
    return trade


_HINTS = {
    "completed": "A completed trade is corrected by reversing it, never edited.",
    "cancelled": "A cancelled trade stays cancelled; record a new trade if it did happen.",
    "pending": "Only a disputed trade is resolved; a pending one is completed or cancelled.",
    "disputed": "Resolve the dispute: to completed or cancelled, with a note on the outcome.",
}


def _refuse(trade: Trade, verb: str) -> Refused:
    return Refused(
        f"Trade {trade.id} is {trade.status}: it cannot be {verb}.", hint=_HINTS[trade.status]
    )


def record(
    session: Session, actor: Actor, data: TradeInput, *, completed: bool = False
) -> TradeInfo:
    """Record a trade members reported; with ``completed`` settle it at once (a signed slip)."""
    actor.require(Permission.MANAGE_TRADES)
    if completed:
        actor.require(Permission.POST)
    trade = _insert(session, actor, data)
    if completed:
        _post(session, actor, trade, "complete")
    return get(session, actor, trade.id)


def record_completed(session: Session, actor: Actor, data: TradeInput) -> TradeInfo:
    """Record and settle in one step: the common case of a slip both members signed."""
    return record(session, actor, data, completed=True)


def complete(session: Session, actor: Actor, trade_id: int) -> CompleteResult:
    """Settle a pending trade in the ledger; harmless to repeat."""
    actor.require(Permission.MANAGE_TRADES)
    actor.require(Permission.POST)
    trade = _lock(session, trade_id)
    if trade.status == "completed":
        return CompleteResult(get(session, actor, trade_id), already_completed=True)
    if trade.status != "pending":
        if trade.status == "disputed":
            raise Refused(
                f"Trade {trade_id} is disputed.",
                hint="Resolve the dispute to completed (with a note on the outcome) instead.",
            )
        raise _refuse(trade, "completed")
    _post(session, actor, trade, "complete")
    return CompleteResult(get(session, actor, trade_id), already_completed=False)


def cancel(session: Session, actor: Actor, trade_id: int, reason: str) -> TradeInfo:
    """Cancel a pending trade (it never reached the ledger)."""
    actor.require(Permission.MANAGE_TRADES)
    reason = _text(reason, "reason", MAX_NOTE, required=True)
    trade = _lock(session, trade_id)
    if trade.status != "pending":
        if trade.status == "completed":
            raise Refused(
                f"Trade {trade_id} is completed: it is in the ledger as transaction "
                f"{trade.transaction_id}.",
                hint="Reverse the trade instead; that posts the correction and cancels it.",
            )
        if trade.status == "disputed":
            raise Refused(
                f"Trade {trade_id} is disputed.",
                hint="Resolve the dispute to cancelled, with a note on the outcome.",
            )
        raise _refuse(trade, "cancelled")
    before = _snapshot(trade)
    trade.status = "cancelled"
    trade.note = reason
    session.flush()
    audit.record(session, actor, "cancel", "trade", trade_id, before=before, after=_snapshot(trade))
    return get(session, actor, trade_id)


def dispute(session: Session, actor: Actor, trade_id: int, note: str) -> TradeInfo:
    """Put a pending trade on hold because a member disagrees (what, by whom)."""
    actor.require(Permission.MANAGE_TRADES)
    note = _text(note, "note", MAX_NOTE, required=True)
    trade = _lock(session, trade_id)
    if trade.status != "pending":
        raise _refuse(trade, "disputed")
    before = _snapshot(trade)
    trade.status = "disputed"
    trade.note = note
    session.flush()
    audit.record(
        session, actor, "dispute", "trade", trade_id, before=before, after=_snapshot(trade)
    )
    return get(session, actor, trade_id)


def resolve(
    session: Session,
    actor: Actor,
    trade_id: int,
    outcome: str,
    note: str,
    *,
    amount: int | None = None,
) -> TradeInfo:
    """End a dispute: ``completed`` (optionally at an agreed ``amount``) or ``cancelled``."""
    actor.require(Permission.MANAGE_TRADES)
    if outcome not in ("completed", "cancelled"):
        raise ValidationError(
            f"A dispute is resolved to completed or cancelled, not {outcome!r}.", field="outcome"
        )
    if outcome == "completed":
        actor.require(Permission.POST)
    elif amount is not None:
        raise ValidationError("An amount only makes sense when the trade is completed.")
    note = _text(note, "note", MAX_NOTE, required=True)
    trade = _lock(session, trade_id)
    if trade.status != "disputed":
        raise _refuse(trade, "resolved")
    before = _snapshot(trade)
    trade.resolution = note
    if outcome == "cancelled":
        trade.status = "cancelled"
        session.flush()
        audit.record(
            session, actor, "resolve", "trade", trade_id, before=before, after=_snapshot(trade)
        )
    else:
        if amount is not None:
            trade.amount = _amount(amount)
        _post(session, actor, trade, "resolve", before)
    return get(session, actor, trade_id)


def reverse_trade(session: Session, actor: Actor, trade_id: int, reason: str) -> TradeInfo:
    """Correct a completed trade: reverse its ledger transaction and mark it cancelled.

    If its transaction was already reversed directly in the ledger, that reversal is
    linked instead of posting another.
    """
    actor.require(Permission.MANAGE_TRADES)
    actor.require(Permission.POST)
    reason = _text(reason, "reason", MAX_NOTE, required=True)
    trade = _lock(session, trade_id)
    if trade.status != "completed" or trade.transaction_id is None:
        raise Refused(
            f"Trade {trade_id} is {trade.status}: only a completed trade is reversed.",
            hint="Cancel a pending trade instead; it never reached the ledger."
            if trade.status == "pending"
            else _HINTS[trade.status],
        )
    before = _snapshot(trade)
    existing = session.scalar(
        sa.select(Transaction.id).where(Transaction.reverses_id == trade.transaction_id)
    )
    if existing is None:
        existing = ledger.reverse(session, actor, trade.transaction_id, reason).transaction_id
    trade.reversal_transaction_id = existing
    trade.status = "cancelled"
    trade.note = reason
    session.flush()
    audit.record(
        session, actor, "reverse", "trade", trade_id, before=before, after=_snapshot(trade)
    )
    return get(session, actor, trade_id)
