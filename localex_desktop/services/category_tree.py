"""Reading the category tree: every category with its full path ("Food › Baking").

Categories are few, so the tree is read whole and shaped in Python. Kept apart from the
changes (:mod:`services.categories`, which re-exports these names).
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from localex_desktop.db.models import Category, Listing
from localex_desktop.domain.errors import NotFound, ValidationError
from localex_desktop.domain.ids import parse_id
from localex_desktop.domain.roles import Actor, Permission

SEPARATOR = " › "
#: typed between levels of a path: "Food › Baking", "Food/Baking", "Food > Baking"
PATH_SEPARATORS = ("›", "/", ">")


@dataclass(frozen=True)
class CategoryInfo:
    id: int
    parent_id: int | None
    name: str
    position: int
    depth: int
    path: str  # "Food › Baking"
    listing_count: int  # listings in this category itself, any status


def _rows(session: Session) -> list[Category]:
    return list(session.scalars(sa.select(Category).order_by(Category.position, Category.id)))


def _paths(cats: list[Category]) -> dict[int, tuple[str, int]]:
    """id -> (full path, depth)."""
    by_id = {c.id: c for c in cats}
    out: dict[int, tuple[str, int]] = {}

    def walk(cid: int, seen: frozenset[int] = frozenset()) -> tuple[str, int]:
        if cid in out:
            return out[cid]
        c = by_id[cid]
        if c.parent_id is None or c.parent_id not in by_id or c.parent_id in seen:
            out[cid] = (c.name, 0)
        else:
            parent_path, depth = walk(c.parent_id, seen | {cid})
            out[cid] = (parent_path + SEPARATOR + c.name, depth + 1)
        return out[cid]

    for c in cats:
        walk(c.id)
    return out


def paths(session: Session) -> dict[int, str]:
    """Full path of every category, for labelling listings and trades."""
    return {cid: p for cid, (p, _) in _paths(_rows(session)).items()}


def tree(session: Session, actor: Actor) -> list[CategoryInfo]:
    """Every category, depth first, siblings by position then name."""
    actor.require(Permission.READ)
    cats = _rows(session)
    counts = dict(
        session.execute(
            sa.select(Listing.category_id, sa.func.count()).group_by(Listing.category_id)
        )
        .tuples()
        .all()
    )
    meta = _paths(cats)
    children: dict[int | None, list[Category]] = {}
    for c in cats:
        children.setdefault(c.parent_id, []).append(c)
    out: list[CategoryInfo] = []

    def emit(parent: int | None) -> None:
        for c in sorted(children.get(parent, []), key=lambda c: (c.position, c.name.lower())):
            path, depth = meta[c.id]
            out.append(
                CategoryInfo(
                    c.id, c.parent_id, c.name, c.position, depth, path, counts.get(c.id, 0)
                )
            )
            emit(c.id)

    emit(None)
    return out


def get(session: Session, actor: Actor, category_id: int) -> CategoryInfo:
    actor.require(Permission.READ)
    for info in tree(session, actor):
        if info.id == category_id:
            return info
    raise NotFound(
        f"There is no category {category_id}.", hint="`localex category list` shows them."
    )


def find(session: Session, actor: Actor, text: str | int) -> CategoryInfo:
    """A category by number or by full path ("Food › Baking", "food/baking"), any case."""
    actor.require(Permission.READ)
    if isinstance(text, int) or str(text).strip().isdigit():
        return get(session, actor, parse_id(str(text), "category number"))
    raw = str(text)
    for sep in PATH_SEPARATORS[1:]:
        raw = raw.replace(sep, PATH_SEPARATORS[0])
    wanted = [" ".join(p.split()).lower() for p in raw.split(PATH_SEPARATORS[0])]
    nodes = tree(session, actor)
    for info in nodes:
        if [p.lower() for p in info.path.split(SEPARATOR)] == wanted:
            return info
    # a bare name is enough when it is unique in the tree
    if len(wanted) == 1:
        same = [n for n in nodes if n.name.lower() == wanted[0]]
        if len(same) == 1:
            return same[0]
        if len(same) > 1:
            raise ValidationError(
                f"There are {len(same)} categories called {text!r}: "
                + ", ".join(n.path for n in same)
                + ".",
                field="category",
                hint="Give the full path, such as 'Food › Baking', or the number.",
            )
    raise NotFound(f"There is no category {text!r}.", hint="`localex category list` shows them.")
