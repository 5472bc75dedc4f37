"""Listings: the offers and wants of the directory.

Status: active ⇄ paused; active or paused → withdrawn (final) or expired; expired →
active again by renewing (a new expiry date, or none). A listing whose ``expires_on``
has passed counts as expired in every query even before :func:`expire_due` has marked
it, so it drops out of the directory on the day after its expiry date.

Finding listings (search, count, get) is :mod:`services.listing_queries`, whose names
this module passes on.

When a member leaves, :func:`services.leaving.leave` withdraws their listings with
:func:`withdraw_for_member`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from localex_desktop.db.models import Category, Listing, Member
from localex_desktop.domain import text as plain
from localex_desktop.domain.errors import NotFound, Refused, ValidationError
from localex_desktop.domain.roles import Actor, Permission, Role
from localex_desktop.services import audit, edits
from localex_desktop.services.listing_queries import (
    KINDS,
    SORTS,
    STATUSES,
    ListingFilter,
    ListingInfo,
    check_kind,
    count,
    effective_status,
    get,
    search,
)

__all__ = [
    "KINDS",
    "MAX_DESCRIPTION",
    "MAX_TITLE",
    "MAX_UNIT",
    "SORTS",
    "STATUSES",
    "SYSTEM",
    "ListingFilter",
    "ListingInfo",
    "ListingInput",
    "add",
    "count",
    "effective_status",
    "expire_due",
    "get",
    "pause",
    "resume",
    "search",
    "update",
    "withdraw",
    "withdraw_for_member",
]

MAX_TITLE = 120
MAX_DESCRIPTION = 4000
MAX_UNIT = 40
SYSTEM = Actor("system", Role.ADMIN)


@dataclass
class ListingInput:
    member_id: int
    kind: str
    category_id: int
    title: str
    description: str = ""
    price: int | None = None
    unit: str = ""
    expires_on: date | None = None


def _check_price(price: int | None) -> int | None:
    if price is None:
        return None
    if isinstance(price, bool) or not isinstance(price, int) or price < 0:
        raise ValidationError("The price cannot be negative.", field="price")
    return price


def _check_expiry(expires_on: date | None) -> date | None:
    if expires_on is not None and expires_on < date.today():
        raise ValidationError(
            f"The expiry date {expires_on.isoformat()} is in the past.",
            field="expires_on",
            hint="Give today or a later date, or no expiry date.",
        )
    return expires_on


def _check_category(session: Session, category_id: int) -> None:
    if session.get(Category, category_id) is None:
        raise NotFound(
            f"There is no category {category_id}.",
            hint="`localex category list` shows the categories.",
        )


def _snapshot(x: Listing | ListingInfo) -> dict[str, Any]:
    """The listing as the audit log records it; of a :class:`ListingInfo`, what an
    editing dialog showed, in the same terms (its status there is the effective one,
    "expired": the stored one stands in for it)."""
    return {
        "member_id": x.member_id,
        "kind": x.kind,
        "category_id": x.category_id,
        "title": x.title,
        "description": x.description,
        "price": x.price,
        "unit": x.unit,
        "status": x.status,
        "expires_on": x.expires_on.isoformat() if x.expires_on else None,
    }


def _load(session: Session, listing_id: int) -> Listing:
    listing = session.get(Listing, listing_id, with_for_update=True)
    if listing is None:
        raise NotFound(f"There is no listing {listing_id}.")
    return listing


def _effective(listing: Listing) -> str:
    if (
        listing.status in ("active", "paused")
        and listing.expires_on is not None
        and listing.expires_on < date.today()
    ):
        return "expired"
    return listing.status


def add(session: Session, actor: Actor, data: ListingInput) -> ListingInfo:
    actor.require(Permission.MANAGE_LISTINGS)
    kind = check_kind(data.kind)
    title = plain.check_field(data.title, "title", MAX_TITLE, required=True)
    description = plain.check_field(data.description, "description", MAX_DESCRIPTION, block=True)
    unit = plain.check_field(data.unit, "unit", MAX_UNIT)
    price = _check_price(data.price)
    expires_on = _check_expiry(data.expires_on)
    member = session.get(Member, data.member_id)
    if member is None:
        raise NotFound(f"There is no member number {data.member_id}.")
    if member.status != "active":
        raise Refused(
            f"{member.name} is {member.status}: only active members can list offers and wants.",
            hint="Reactivate the member first." if member.status == "suspended" else None,
        )
    _check_category(session, data.category_id)
    listing = Listing(
        member_id=member.id,
        kind=kind,
        category_id=data.category_id,
        title=title,
        description=description,
        price=price,
        unit=unit,
        expires_on=expires_on,
    )
    session.add(listing)
    session.flush()
    session.refresh(listing)
    audit.record(session, actor, "create", "listing", listing.id, after=_snapshot(listing))
    return get(session, actor, listing.id)


_UNSET: Any = object()


def update(
    session: Session,
    actor: Actor,
    listing_id: int,
    *,
    kind: str | None = None,
    category_id: int | None = None,
    title: str | None = None,
    description: str | None = None,
    price: int | None = _UNSET,
    unit: str | None = None,
    expires_on: date | None = _UNSET,
    seen: ListingInfo | None = None,
    overwrite: bool = False,
) -> ListingInfo:
    """Change the given fields of a listing that is not withdrawn.

    ``seen`` (the listing as the editing dialog showed it) and ``overwrite``: another
    coordinator's change meanwhile is kept, or refused where both changed the same field
    (:mod:`services.edits`).
    """
    actor.require(Permission.MANAGE_LISTINGS)
    listing = _load(session, listing_id)
    if listing.status == "withdrawn":
        raise Refused(
            f"Listing {listing_id} was withdrawn and cannot be changed.",
            hint="Add a new listing instead.",
        )
    before = _snapshot(listing)
    wanted: dict[str, Any] = {}
    if kind is not None:
        wanted["kind"] = check_kind(kind)
    if category_id is not None:
        _check_category(session, category_id)
        wanted["category_id"] = category_id
    if title is not None:
        wanted["title"] = plain.check_field(title, "title", MAX_TITLE, required=True)
    if description is not None:
        wanted["description"] = plain.check_field(
            description, "description", MAX_DESCRIPTION, block=True
        )
    if price is not _UNSET:
        wanted["price"] = _check_price(price)
    if unit is not None:
        wanted["unit"] = plain.check_field(unit, "unit", MAX_UNIT)
    if expires_on is not _UNSET:
        checked = _check_expiry(expires_on)
        wanted["expires_on"] = checked.isoformat() if checked else None
    values = edits.check_and_merge(
        session,
        entity="listing",
        entity_id=listing_id,
        noun="this listing",
        seen=None if seen is None else _snapshot(seen) | {"status": before["status"]},
        current=before,
        wanted=wanted,
        labels={"kind": "kind", "category_id": "category", "expires_on": "expiry date"},
        overwrite=overwrite,
    )
    for key, value in values.items():
        if key == "expires_on":
            value = None if value is None else date.fromisoformat(value)
        setattr(listing, key, value)
    after = _snapshot(listing)
    if after != before:
        listing.updated_at = sa.func.now()
        session.flush()
        audit.record(session, actor, "update", "listing", listing_id, before=before, after=after)
    return get(session, actor, listing_id)


def _set_status(
    session: Session, actor: Actor, listing_id: int, status: str, verb: str
) -> ListingInfo:
    listing = _load(session, listing_id)
    before = _snapshot(listing)
    listing.status = status
    listing.updated_at = sa.func.now()
    session.flush()
    session.refresh(listing)
    audit.record(
        session, actor, verb, "listing", listing_id, before=before, after=_snapshot(listing)
    )
    return get(session, actor, listing_id)


def pause(session: Session, actor: Actor, listing_id: int) -> ListingInfo:
    """Hide an active listing from the directory for a while (holidays, busy)."""
    actor.require(Permission.MANAGE_LISTINGS)
    listing = _load(session, listing_id)
    current = _effective(listing)
    if current != "active":
        raise Refused(
            f"Listing {listing_id} is {current}; only an active listing can be paused.",
            hint="Renew an expired listing with a new expiry date."
            if current == "expired"
            else None,
        )
    return _set_status(session, actor, listing_id, "paused", "pause")


def resume(
    session: Session, actor: Actor, listing_id: int, *, expires_on: date | None = _UNSET
) -> ListingInfo:
    """Put a paused listing back, or renew an expired one (with a new expiry date or none)."""
    actor.require(Permission.MANAGE_LISTINGS)
    listing = _load(session, listing_id)
    current = _effective(listing)
    if current not in ("paused", "expired"):
        raise Refused(
            f"Listing {listing_id} is {current}; only a paused or expired listing can be resumed."
            + (" A withdrawn listing stays withdrawn." if current == "withdrawn" else ""),
            hint="Add a new listing instead." if current == "withdrawn" else None,
        )
    if expires_on is not _UNSET:
        listing.expires_on = _check_expiry(expires_on)
    elif current == "expired":
        raise ValidationError(
            f"Listing {listing_id} expired on {listing.expires_on}.",
            field="expires_on",
            hint="Give a new expiry date (or none) to renew it.",
        )
    member = session.get(Member, listing.member_id)
    if member is not None and member.status != "active":
        raise Refused(f"{member.name} is {member.status}: their listings stay off the directory.")
    return _set_status(
        session, actor, listing_id, "active", "resume" if current == "paused" else "renew"
    )


def withdraw(session: Session, actor: Actor, listing_id: int) -> ListingInfo:
    """Take a listing off for good (it stays in the records, and on past trades)."""
    actor.require(Permission.MANAGE_LISTINGS)
    listing = _load(session, listing_id)
    if listing.status == "withdrawn":
        raise Refused(f"Listing {listing_id} is already withdrawn.")
    return _set_status(session, actor, listing_id, "withdrawn", "withdraw")


def withdraw_for_member(session: Session, actor: Actor, member_id: int) -> int:
    """Withdraw every listing of a member (run when they leave); returns how many."""
    actor.require(Permission.MANAGE_LISTINGS)
    rows = list(
        session.scalars(
            sa.select(Listing)
            .where(Listing.member_id == member_id, Listing.status != "withdrawn")
            .order_by(Listing.id)
            .with_for_update()
        )
    )
    for listing in rows:
        before = listing.status
        listing.status = "withdrawn"
        listing.updated_at = sa.func.now()
        audit.record(
            session,
            actor,
            "withdraw",
            "listing",
            listing.id,
            before={"status": before},
            after={"status": "withdrawn", "reason": "member left"},
        )
    session.flush()
    return len(rows)


def expire_due(session: Session, actor: Actor = SYSTEM) -> int:
    """Mark active and paused listings past their expiry date as expired; returns how many.

    Queries already treat them as expired; this makes it explicit in the table and the
    audit log. Safe to run any time, by anyone who can change listings (or the system).
    """
    actor.require(Permission.MANAGE_LISTINGS)
    rows = session.execute(
        sa.update(Listing)
        .where(
            Listing.status.in_(("active", "paused")),
            Listing.expires_on < sa.func.current_date(),
        )
        .values(status="expired", updated_at=sa.func.now())
        .returning(Listing.id, Listing.expires_on)
    ).all()
    for r in rows:
        audit.record(
            session,
            actor,
            "expire",
            "listing",
            r.id,
            after={"status": "expired", "expires_on": r.expires_on.isoformat()},
        )
    return len(rows)
