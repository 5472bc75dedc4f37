"""Recording a trade: its input checked, the row inserted, and its settlement posted.

The steps :mod:`services.trades` and the slip batches (:mod:`services.slips`) share;
they check no permission, the callers do. Import the public names from
:mod:`services.trades`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol, TypeVar

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from localex_desktop.db.models import Listing, Member, Trade
from localex_desktop.domain import text as plain
from localex_desktop.domain.errors import Conflict, NotFound, Refused, ValidationError
from localex_desktop.domain.roles import Actor
from localex_desktop.services import audit, categories, ledger

MAX_DESCRIPTION = 500
MAX_NOTE = 2000
MAX_SLIP = 40


def idempotency_key(trade_id: int) -> str:
    return f"trade:{trade_id}"


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


class ListingLike(Protocol):
    """What the side check reads of a listing: a :class:`Listing` or a row of one."""

    @property
    def id(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def member_id(self) -> int: ...


L = TypeVar("L", bound=ListingLike)


def check_listing_side(listing: L | None, data: TradeInput, hint: str | None = None) -> L:
    """The trade's listing, which has its member on the listing's side (the seller of an
    offer, the buyer of a want)."""
    if listing is None:
        raise NotFound(f"There is no listing {data.listing_id}.")
    side, owner = (
        ("seller", data.seller_member_id)
        if listing.kind == "offer"
        else ("buyer", data.buyer_member_id)
    )
    if listing.member_id != owner:
        raise ValidationError(
            f"Listing {listing.id} is a {listing.kind} of member {listing.member_id}, "
            f"so member {listing.member_id} must be the {side} of this trade.",
            field="listing",
            hint=hint,
        )
    return listing


def snapshot(t: Trade) -> dict[str, Any]:
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


def check_amount(amount: int) -> int:
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise ValidationError("The amount must be a whole number of minor units.", field="amount")
    if amount <= 0:
        raise ValidationError("The amount must be more than zero.", field="amount")
    return amount


def clean_slip_number(text: str | None) -> str | None:
    if text is None:
        return None
    slip = plain.check_line(text, "the slip number", field="slip_number")
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


def insert(
    session: Session, actor: Actor, data: TradeInput, *, batch_id: int | None = None
) -> Trade:
    """Validate and insert a pending trade (no permission check: callers do)."""
    amount = check_amount(data.amount)
    if data.buyer_member_id == data.seller_member_id:
        raise ValidationError(
            "The buyer and the seller are the same member.", hint="Choose two different members."
        )
    _party(session, data.buyer_member_id, "buyer")
    _party(session, data.seller_member_id, "seller")
    description = plain.check_field(data.description, "description", MAX_DESCRIPTION)
    category_id = data.category_id
    if data.listing_id is not None:
        listing = check_listing_side(
            session.get(Listing, data.listing_id),
            data,
            "Check the listing number and who paid whom.",
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
        note=plain.check_field(data.note, "note", MAX_NOTE),
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
    audit.record(session, actor, "create", "trade", trade.id, after=snapshot(trade))
    return trade


def _memo(trade: Trade) -> str:
    head = f"Trade {trade.id}" + (f" (slip {trade.slip_number})" if trade.slip_number else "")
    return f"{head}: {trade.description}"[: ledger.MAX_MEMO]


def settle(
    session: Session, actor: Actor, trade: Trade, verb: str, before: dict[str, Any] | None = None
) -> None:
    """Post the trade's ledger transaction and mark it completed (trade row locked)."""
    before = before or snapshot(trade)
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
    audit.record(session, actor, verb, "trade", trade.id, before=before, after=snapshot(trade))
