"""Finding listings: one by id, a filtered and sorted page, how many.

Search runs in PostgreSQL: a stored tsvector over title and description (migration
0003, 'simple' configuration) queried with ``websearch_to_tsquery`` ("bread -rye",
"\"apple pie\" or cake"), each word matched as a prefix. A listing past its expiry
date counts as expired here even before it is marked so. Import these names from
:mod:`services.listings`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import TSQUERY
from sqlalchemy.orm import Session

from localex_desktop.db.models import Listing, Member
from localex_desktop.domain.errors import NotFound, ValidationError
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services import categories
from localex_desktop.services.folding import fold
from localex_desktop.services.paging import MAX_PAGE, sort_key, sorted_page

KINDS = ("offer", "want")
STATUSES = ("active", "paused", "withdrawn", "expired")

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


def check_kind(kind: str) -> str:
    k = kind.strip().lower()
    if k not in KINDS:
        raise ValidationError(
            f"A listing is an offer or a want, not {kind!r}.",
            field="kind",
            hint="Choose offer or want.",
        )
    return k


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


def get(session: Session, actor: Actor, listing_id: int) -> ListingInfo:
    actor.require(Permission.READ)
    row = session.execute(_select().where(Listing.id == listing_id)).first()
    if row is None:
        raise NotFound(f"There is no listing {listing_id}.")
    return _info(row[0], row[1], row[2], categories.paths(session))


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
        stmt = stmt.where(Listing.kind == check_kind(flt.kind))
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
        stmt = stmt.limit(max(1, min(limit, MAX_PAGE))).offset(max(0, offset))
    else:
        key = sort_key(SORTS, sort, "listings", "relevance")
        stmt = sorted_page(stmt, key, Listing.id, descending=descending, limit=limit, offset=offset)
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
