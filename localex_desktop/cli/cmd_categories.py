"""`localex category add|list`: the tree of categories for listings.

Services are imported inside the handlers, so building the parser loads no database code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from localex_desktop.cli import args
from localex_desktop.cli.base import Context, actions, table

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def register(sub: Any) -> None:
    s = actions(sub, "category", "the tree of categories for listings")
    p = s.add_parser("add", help="add a category (under --parent for a sub-category)")
    p.add_argument("name")
    p.add_argument(
        "--parent", metavar="ID|PATH", help="number or path, e.g. 'Food' or 'Food/Baking'"
    )
    p.add_argument("--position", type=args.count, help="place among its siblings, 0 first")
    p.set_defaults(handler=cmd_category_add)
    p = s.add_parser("list", help="all categories with their full paths")
    p.set_defaults(handler=cmd_category_list)


def category_id(ctx: Context, s: Session, text: str | None) -> int | None:
    """A category given by number or path (None: none given)."""
    from localex_desktop.services import categories

    return None if text is None else categories.find(s, ctx.actor, text).id


def cmd_category_add(ctx: Context) -> int:
    from localex_desktop.services import categories

    a = ctx.args
    with ctx.migrated_db().transaction() as s:
        parent = category_id(ctx, s, a.parent)
        info = categories.add(s, ctx.actor, a.name, parent_id=parent, position=a.position)
    out = {"id": info.id, "parent_id": info.parent_id, "name": info.name, "path": info.path}
    ctx.emit(out, f"Category {info.id} {info.path!r} added.")
    return 0


def cmd_category_list(ctx: Context) -> int:
    from localex_desktop.services import categories

    with ctx.migrated_db().transaction() as s:
        rows: list[dict[str, Any]] = [
            {
                "id": c.id,
                "parent_id": c.parent_id,
                "name": c.name,
                "path": c.path,
                "depth": c.depth,
                "position": c.position,
                "listings": c.listing_count,
            }
            for c in categories.tree(s, ctx.actor)
        ]
    ctx.emit(
        rows,
        lambda: table(
            [[str(r["id"]), "  " * r["depth"] + r["name"], str(r["listings"])] for r in rows],
            ["number", "category", "listings"],
        ),
    )
    return 0
