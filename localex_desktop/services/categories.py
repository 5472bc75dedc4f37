"""Categories of the directory: a tree such as Food › Baking.

Categories are few (tens, rarely hundreds), so the tree is read whole and shaped in
Python; changes lock the rows they touch. A category that listings use is deleted only
by moving those listings to another category; one that trades or ledger transactions
refer to is history and stays (rename or move it instead). The database refuses a
cycle (a category moved inside its own sub-category) even from another client.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from localex_desktop.db.models import Category, Listing, Trade, Transaction
from localex_desktop.domain import text as plain
from localex_desktop.domain.errors import Conflict, NotFound, Refused, ValidationError
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.domain.words import counted
from localex_desktop.services import audit, edits
from localex_desktop.services.category_tree import (
    PATH_SEPARATORS,
    SEPARATOR,
    CategoryInfo,
    find,
    get,
    paths,
    tree,
)

__all__ = [
    "SEPARATOR",
    "CategoryInfo",
    "add",
    "clean_name",
    "delete",
    "find",
    "get",
    "move",
    "paths",
    "rename",
    "subtree_ids",
    "tree",
]

MAX_NAME = 80


def clean_name(name: str) -> str:
    text = plain.check_line(name, "the category name", field="name")
    if not text:
        raise ValidationError("The category name is empty.", field="name")
    if len(text) > MAX_NAME:
        raise ValidationError(
            f"The category name is longer than {MAX_NAME} characters.", field="name"
        )
    if any(sep in text for sep in PATH_SEPARATORS):
        raise ValidationError(
            f"The category name {text!r} contains one of {' '.join(PATH_SEPARATORS)}.",
            field="name",
            hint="Those characters separate levels; make a sub-category instead.",
        )
    return text


def _load(session: Session, category_id: int) -> Category:
    cat = session.get(Category, category_id, with_for_update=True)
    if cat is None:
        raise NotFound(f"There is no category {category_id}.")
    return cat


def _check_sibling_free(
    session: Session, parent_id: int | None, name: str, category_id: int | None = None
) -> None:
    stmt = sa.select(Category.id).where(
        sa.func.lower(Category.name) == name.lower(),
        Category.parent_id.is_(None) if parent_id is None else Category.parent_id == parent_id,
    )
    if category_id is not None:
        stmt = stmt.where(Category.id != category_id)
    if session.scalar(stmt) is not None:
        where = "at the top level" if parent_id is None else "under the same parent"
        raise Conflict(
            f"There is already a category called {name!r} {where}.",
            hint="Choose another name, or use the existing category.",
        )


def _snapshot(c: Category | CategoryInfo) -> dict[str, Any]:
    """The category as the audit log records it; of a :class:`CategoryInfo`, what the
    Categories dialog showed, in the same terms (:mod:`services.edits`)."""
    return {"name": c.name, "parent_id": c.parent_id, "position": c.position}


#: the category's fields as a person reads them ("ann changed the name …")
FIELD_LABELS = {"name": "name", "parent_id": "parent category"}


def _merged(
    session: Session,
    cat: Category,
    wanted: dict[str, Any],
    seen: CategoryInfo | None,
    overwrite: bool,
) -> dict[str, Any]:
    """``wanted`` merged with what another coordinator saved since ``seen`` (the place
    among siblings is not compared: it shifts whenever a sibling comes or goes)."""
    shown = None if seen is None else {"name": seen.name, "parent_id": seen.parent_id}
    return edits.check_and_merge(
        session,
        entity="category",
        entity_id=cat.id,
        noun=f"the category {seen.path if seen is not None else cat.name}",
        seen=shown,
        current={"name": cat.name, "parent_id": cat.parent_id},
        wanted=wanted,
        labels=FIELD_LABELS,
        overwrite=overwrite,
    )


def _descendants(session: Session, category_id: int) -> set[int]:
    down = (
        sa.select(Category.id).where(Category.parent_id == category_id).cte("down", recursive=True)
    )
    down = down.union(sa.select(Category.id).join(down, Category.parent_id == down.c.id))
    return set(session.scalars(sa.select(down.c.id)))


def subtree_ids(session: Session, category_id: int) -> list[int]:
    """The category and all its sub-categories (for filters)."""
    return [category_id, *sorted(_descendants(session, category_id))]


def _renumber(session: Session, parent_id: int | None, moving: Category, position: int) -> None:
    """Place ``moving`` at ``position`` among its siblings and number them 0, 1, 2 …"""
    siblings = [
        c
        for c in session.scalars(
            sa.select(Category)
            .where(
                Category.parent_id.is_(None)
                if parent_id is None
                else Category.parent_id == parent_id,
                Category.id != moving.id,
            )
            .order_by(Category.position, sa.func.lower(Category.name), Category.id)
            .with_for_update()
        )
    ]
    position = max(0, min(position, len(siblings)))
    siblings.insert(position, moving)
    for i, c in enumerate(siblings):
        if c.position != i:
            c.position = i


def add(
    session: Session,
    actor: Actor,
    name: str,
    *,
    parent_id: int | None = None,
    position: int | None = None,
) -> CategoryInfo:
    """Add a category at the end of its siblings (or at ``position``)."""
    actor.require(Permission.MANAGE_LISTINGS)
    clean = clean_name(name)
    if parent_id is not None:
        _load(session, parent_id)
    _check_sibling_free(session, parent_id, clean)
    cat = Category(name=clean, parent_id=parent_id, position=1_000_000)
    session.add(cat)
    try:
        session.flush()
    except IntegrityError as exc:
        raise Conflict(f"Another coordinator just added a category called {clean!r}.") from exc
    _renumber(session, parent_id, cat, 1_000_000 if position is None else position)
    session.flush()
    audit.record(session, actor, "create", "category", cat.id, after=_snapshot(cat))
    return get(session, actor, cat.id)


def rename(
    session: Session,
    actor: Actor,
    category_id: int,
    name: str,
    *,
    seen: CategoryInfo | None = None,
    overwrite: bool = False,
) -> CategoryInfo:
    """Rename a category. ``seen``: the category as the dialog showed it; a rename by
    someone else since is refused with :class:`edits.ChangedMeanwhile` unless
    ``overwrite`` (a move by someone else is kept)."""
    actor.require(Permission.MANAGE_LISTINGS)
    cat = _load(session, category_id)
    clean = _merged(session, cat, {"name": clean_name(name)}, seen, overwrite)["name"]
    before = _snapshot(cat)
    if clean == cat.name:
        return get(session, actor, category_id)
    _check_sibling_free(session, cat.parent_id, clean, category_id)
    cat.name = clean
    try:
        session.flush()
    except IntegrityError as exc:
        raise Conflict(f"Another coordinator just added a category called {clean!r}.") from exc
    audit.record(session, actor, "rename", "category", cat.id, before=before, after=_snapshot(cat))
    return get(session, actor, category_id)


_KEEP: Any = object()


def move(
    session: Session,
    actor: Actor,
    category_id: int,
    *,
    parent_id: int | None = _KEEP,
    position: int | None = None,
    seen: CategoryInfo | None = None,
    overwrite: bool = False,
) -> CategoryInfo:
    """Move under another parent (None: the top level) and/or to another place among
    siblings. ``seen`` and ``overwrite`` as for :func:`rename`: a move elsewhere by
    someone else since the dialog showed it is refused unless ``overwrite``."""
    actor.require(Permission.MANAGE_LISTINGS)
    cat = _load(session, category_id)
    before = _snapshot(cat)
    new_parent = cat.parent_id
    if parent_id is not _KEEP:
        new_parent = _merged(session, cat, {"parent_id": parent_id}, seen, overwrite)["parent_id"]
    if new_parent is not None:
        if new_parent == category_id or new_parent in _descendants(session, category_id):
            raise Refused(
                f"{cat.name!r} cannot be moved inside itself or one of its sub-categories.",
                hint="Choose a parent outside this branch of the tree.",
            )
        _load(session, new_parent)
    if new_parent != cat.parent_id:
        _check_sibling_free(session, new_parent, cat.name, category_id)
        cat.parent_id = new_parent
        session.flush()
        _renumber(session, new_parent, cat, 1_000_000 if position is None else position)
    elif position is not None:
        _renumber(session, new_parent, cat, position)
    session.flush()
    after = _snapshot(cat)
    if after != before:
        audit.record(session, actor, "move", "category", cat.id, before=before, after=after)
    return get(session, actor, category_id)


def shift(
    session: Session, actor: Actor, category_id: int, step: int, *, seen: CategoryInfo | None
) -> CategoryInfo:
    """One place up (``step`` -1) or down (+1) among its siblings as they are now.

    Counted in the database, not from the row the dialog showed: another coordinator
    may have added, moved or removed a sibling since. A category someone moved under
    another parent since ``seen`` is refused (the person saw it elsewhere).
    """
    actor.require(Permission.MANAGE_LISTINGS)
    cat = _load(session, category_id)
    shown = seen.path if seen is not None else cat.name
    if seen is not None and seen.parent_id != cat.parent_id:
        raise Refused(
            f"Another coordinator moved {shown} to {get(session, actor, cat.id).path} meanwhile.",
            hint="The list shows where it is now; move it again from there if need be.",
        )
    siblings = list(
        session.scalars(
            sa.select(Category.id)
            .where(
                Category.parent_id.is_(None)
                if cat.parent_id is None
                else Category.parent_id == cat.parent_id
            )
            .order_by(Category.position, sa.func.lower(Category.name), Category.id)
        )
    )
    place = siblings.index(cat.id) + step
    if not 0 <= place < len(siblings):
        raise Refused(f"{cat.name} is already the {'first' if step < 0 else 'last'}.")
    before = _snapshot(cat)
    _renumber(session, cat.parent_id, cat, place)
    session.flush()
    audit.record(session, actor, "move", "category", cat.id, before=before, after=_snapshot(cat))
    return get(session, actor, category_id)


def delete(
    session: Session, actor: Actor, category_id: int, *, move_listings_to: int | None = None
) -> int:
    """Delete an unused category; returns how many listings were moved first.

    Refused while it has sub-categories, while listings use it (unless
    ``move_listings_to`` names where they go), and when trades or ledger transactions
    refer to it (that is history: rename the category instead).
    """
    actor.require(Permission.MANAGE_LISTINGS)
    cat = _load(session, category_id)
    children = session.scalar(
        sa.select(sa.func.count()).select_from(Category).where(Category.parent_id == category_id)
    )
    if children:
        raise Refused(
            f"{cat.name!r} has {children} sub-categor{'y' if children == 1 else 'ies'}.",
            hint="Move or delete the sub-categories first.",
        )
    used_by_trades = session.scalar(
        sa.select(sa.func.count()).select_from(Trade).where(Trade.category_id == category_id)
    )
    used_by_ledger = session.scalar(
        sa.select(sa.func.count())
        .select_from(Transaction)
        .where(Transaction.category_id == category_id)
    )
    if used_by_trades or used_by_ledger:
        raise Refused(
            f"{cat.name!r} is recorded on {counted(used_by_trades or 0, 'trade')} and "
            f"{counted(used_by_ledger or 0, 'ledger transaction')}; history keeps its category.",
            hint="Rename it or move it instead of deleting it.",
        )
    listings = list(
        session.scalars(
            sa.select(Listing).where(Listing.category_id == category_id).with_for_update()
        )
    )
    if listings and move_listings_to is None:
        raise Refused(
            f"{counted(len(listings), 'listing')} use {cat.name!r}.",
            hint="Move them to another category first (choose where they go when deleting).",
        )
    if listings:
        assert move_listings_to is not None
        if move_listings_to == category_id:
            raise ValidationError("Choose another category to move the listings to.")
        target = _load(session, move_listings_to)
        for listing in listings:
            listing.category_id = target.id
            listing.updated_at = sa.func.now()
            audit.record(
                session,
                actor,
                "change category",
                "listing",
                listing.id,
                before={"category_id": category_id},
                after={"category_id": target.id},
            )
        session.flush()
    before = _snapshot(cat)
    parent = cat.parent_id
    session.delete(cat)
    session.flush()
    remaining = list(
        session.scalars(
            sa.select(Category)
            .where(Category.parent_id.is_(None) if parent is None else Category.parent_id == parent)
            .order_by(Category.position, Category.id)
        )
    )
    for i, c in enumerate(remaining):
        if c.position != i:
            c.position = i
    audit.record(
        session,
        actor,
        "delete",
        "category",
        category_id,
        before={**before, "listings_moved_to": move_listings_to if listings else None},
    )
    session.flush()
    return len(listings)
