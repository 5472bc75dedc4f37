"""Listings: the offers and wants of the directory.

Status: active ⇄ paused; active or paused → withdrawn (final) or expired; expired →
active again by renewing (a new expiry date, or none). A listing whose ``expires_on``
has passed counts as expired in every query even before :func:`expire_due` has marked
it, so it drops out of the directory on the day after its expiry date.

Search runs in PostgreSQL: a stored tsvector over title and description (migration
0003, 'simple' configuration) queried with ``websearch_to_tsquery`` ("bread -rye",
"\"apple pie\" or cake"), each word matched as a prefix.

When a member leaves, their listings are withdrawn: this module appends
:func:`withdraw_for_member` to ``members.LEAVE_HOOKS`` when it is imported, and
``members._on_leave`` imports this module before running the hooks, so the hook is in
place whichever module a program imported first (and there is no import cycle:
members imports listings only inside that function).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import TSQUERY
from sqlalchemy.orm import Session

from localex_desktop.db.models import Category, Listing, Member
from localex_desktop.domain.errors import NotFound, Refused, ValidationError
from localex_desktop.domain.roles import Actor, Permission, Role
from localex_desktop.services import audit, categories, members
from localex_desktop.services.folding import fold

KINDS = ("offer", "want")
STATUSES = ("active", "paused", "withdrawn", "expired")
MAX_TITLE = 120
MAX_DESCRIPTION = 4000
MAX_UNIT = 40
SYSTEM = Actor("system", Role.ADMIN)

#: the status a person sees: a listing past its expiry date is expired, marked or not
effective_status: sa.ColumnElement[str] = sa.case(
    (
        sa.and_(
            Listing.status.in_(("active", "paused")),
            Listing.expires_on.is_not(None),
            Listing.expires_on < sa.func.current_date(),
        ),
        sa.literal("expired"),
    ),
    else_=Listing.status,
)


@dataclass(frozen=True)
class ListingInfo:
    id: int
    member_id: int
    member_name: str
    kind: str
    category_id: int
    category_path: str
    title: str
    description: str
    price: int | None
    unit: str
    status: str  # effective: "expired" once past expires_on
    created_at: datetime
    updated_at: datetime
    expires_on: date | None


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


def _clean_text(value: str, field: str, limit: int, *, required: bool = False) -> str:
    text = " ".join(value.split()) if field != "description" else value.strip()
    if required and not text:
        raise ValidationError(f"The {field} is empty.", field=field)
    if len(text) > limit:
        raise ValidationError(f"The {field} is longer than {limit} characters.", field=field)
    return text


def _check_kind(kind: str) -> str:
    k = kind.strip().lower()
    if k not in KINDS:
        raise ValidationError(
            f"A listing is an offer or a want, not {kind!r}.",
            field="kind",
            hint="Choose offer or want.",
        )
    return k


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


def _select() -> sa.Select[Any]:
    return sa.select(Listing, Member.name, effective_status.label("effective")).join(
        Member, Member.id == Listing.member_id
    )


def _info(listing: Listing, member_name: str, effective: str, paths: dict[int, str]) -> ListingInfo:
    return ListingInfo(
        id=listing.id,
        member_id=listing.member_id,
        member_name=member_name,
        kind=listing.kind,
        category_id=listing.category_id,
        category_path=paths.get(listing.category_id, str(listing.category_id)),
        title=listing.title,
        description=listing.description,
        price=listing.price,
        unit=listing.unit,
        status=effective,
        created_at=listing.created_at,
        updated_at=listing.updated_at,
        expires_on=listing.expires_on,
    )


def _snapshot(x: Listing) -> dict[str, Any]:
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


def get(session: Session, actor: Actor, listing_id: int) -> ListingInfo:
    actor.require(Permission.READ)
    row = session.execute(_select().where(Listing.id == listing_id)).first()
    if row is None:
        raise NotFound(f"There is no listing {listing_id}.")
    return _info(row[0], row[1], row[2], categories.paths(session))


def add(session: Session, actor: Actor, data: ListingInput) -> ListingInfo:
    actor.require(Permission.MANAGE_LISTINGS)
    kind = _check_kind(data.kind)
    title = _clean_text(data.title, "title", MAX_TITLE, required=True)
    description = _clean_text(data.description, "description", MAX_DESCRIPTION)
    unit = _clean_text(data.unit, "unit", MAX_UNIT)
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
) -> ListingInfo:
    """Change the given fields of a listing that is not withdrawn."""
    actor.require(Permission.MANAGE_LISTINGS)
    listing = _load(session, listing_id)
    if listing.status == "withdrawn":
        raise Refused(
            f"Listing {listing_id} was withdrawn and cannot be changed.",
            hint="Add a new listing instead.",
        )
    before = _snapshot(listing)
    if kind is not None:
        listing.kind = _check_kind(kind)
    if category_id is not None:
        _check_category(session, category_id)
        listing.category_id = category_id
    if title is not None:
        listing.title = _clean_text(title, "title", MAX_TITLE, required=True)
    if description is not None:
        listing.description = _clean_text(description, "description", MAX_DESCRIPTION)
    if price is not _UNSET:
        listing.price = _check_price(price)
    if unit is not None:
        listing.unit = _clean_text(unit, "unit", MAX_UNIT)
    if expires_on is not _UNSET:
        listing.expires_on = _check_expiry(expires_on)
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


# -- searching ---------------------------------------------------------------------


@dataclass
class ListingFilter:
    text: str = ""  # web-search syntax: words, "a phrase", -not, or
    kind: str | None = None
    category_id: int | None = None  # includes its sub-categories
    member_id: int | None = None
    status: str | None = None  # effective status
    directory: bool = False  # active listings of active members only


SORTS: dict[str, Any] = {
    "id": Listing.id,
    "created": Listing.created_at,
    "updated": Listing.updated_at,
    "title": sa.func.lower(Listing.title),
    "member": sa.func.lower(Member.name),
    "kind": Listing.kind,
    "category": Listing.category_id,
    "price": Listing.price,
    "expires": Listing.expires_on,
    "status": effective_status,
}


def _prefix_query(text: str) -> sa.ColumnElement[Any]:
    """websearch_to_tsquery with every lexeme turned into a prefix match ('bak' finds 'baking')."""
    folded = fold(sa.literal(text, sa.Text))  # as the stored vector is (migration 0005)
    ws = sa.cast(sa.func.websearch_to_tsquery(sa.literal_column("'simple'"), folded), sa.Text)
    prefixed = sa.func.regexp_replace(ws, "'(?:[^']|'')*'", r"\&:*", "g")
    return sa.cast(prefixed, TSQUERY)


def _searchable(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _where(session: Session, stmt: sa.Select[Any], flt: ListingFilter) -> sa.Select[Any]:
    if flt.kind is not None:
        stmt = stmt.where(Listing.kind == _check_kind(flt.kind))
    if flt.status is not None:
        if flt.status not in STATUSES:
            raise ValidationError(
                f"There is no listing status {flt.status!r}.",
                hint="Use active, paused, withdrawn or expired.",
            )
        stmt = stmt.where(effective_status == flt.status)
    if flt.directory:
        stmt = stmt.where(effective_status == "active", Member.status == "active")
    if flt.member_id is not None:
        stmt = stmt.where(Listing.member_id == flt.member_id)
    if flt.category_id is not None:
        stmt = stmt.where(Listing.category_id.in_(categories.subtree_ids(session, flt.category_id)))
    if flt.text and _searchable(flt.text):
        stmt = stmt.where(Listing.search.bool_op("@@")(_prefix_query(flt.text)))
    return stmt


def search(
    session: Session,
    actor: Actor,
    flt: ListingFilter | None = None,
    *,
    sort: str = "id",
    descending: bool = False,
    limit: int = 200,
    offset: int = 0,
) -> list[ListingInfo]:
    """Listings matching the filter, one page at a time.

    ``sort="relevance"`` orders by text-search rank (title matches first) when there is
    search text; every order ends with the id so pages never overlap or skip.
    """
    actor.require(Permission.READ)
    flt = flt or ListingFilter()
    stmt = _where(session, _select(), flt)
    if sort == "relevance":
        if flt.text and _searchable(flt.text):
            rank = sa.func.ts_rank(Listing.search, _prefix_query(flt.text))
            stmt = stmt.order_by(rank.desc(), Listing.id.desc())
        else:
            stmt = stmt.order_by(Listing.id.desc())
    else:
        key = SORTS.get(sort)
        if key is None:
            raise ValidationError(
                f"Cannot sort listings by {sort!r}.",
                hint="Use one of " + ", ".join([*SORTS, "relevance"]) + ".",
            )
        order = key.desc().nulls_last() if descending else key.asc().nulls_last()
        stmt = stmt.order_by(order, Listing.id.desc() if descending else Listing.id)
    stmt = stmt.limit(max(1, min(limit, 10_000))).offset(max(0, offset))
    paths = categories.paths(session)
    return [_info(listing, name, eff, paths) for listing, name, eff in session.execute(stmt)]


def count(session: Session, actor: Actor, flt: ListingFilter | None = None) -> int:
    """How many listings match (for a table view's row count)."""
    actor.require(Permission.READ)
    stmt = _where(
        session,
        sa.select(sa.func.count())
        .select_from(Listing)
        .join(Member, Member.id == Listing.member_id),
        flt or ListingFilter(),
    )
    return int(session.scalar(stmt) or 0)


def _register() -> None:
    if withdraw_for_member not in members.LEAVE_HOOKS:
        members.LEAVE_HOOKS.append(withdraw_for_member)


_register()
