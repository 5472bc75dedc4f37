"""`localex listing add|list|withdraw`: offers and wants of the directory.

The list and ``--json`` come from the listing fields (:mod:`services.fields.listings`),
the same columns the Listings page and the export show. Services are imported inside
the handlers, so building the parser loads no database code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from localex_desktop.cli import args
from localex_desktop.cli.base import (
    Context,
    actions,
    amount,
    date_arg,
    field_json,
    list_rows,
    record_action,
)
from localex_desktop.cli.cmd_categories import category_id

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from localex_desktop.domain.money import Currency
    from localex_desktop.services.listings import ListingInfo


def register(sub: Any) -> None:
    s = actions(sub, "listing", "offers and wants of the directory")
    p = s.add_parser("add", help="add an offer or a want for a member")
    p.add_argument("--member", type=args.record_id, required=True, metavar="ID")
    p.add_argument("--kind", choices=["offer", "want"], required=True)
    p.add_argument("--category", required=True, metavar="ID|PATH")
    p.add_argument("--title", required=True)
    p.add_argument("--description", default="")
    p.add_argument("--price", metavar="AMOUNT")
    p.add_argument("--unit", default="", help="e.g. 'per hour', 'each'")
    p.add_argument(
        "--expires", type=date_arg, metavar="YYYY-MM-DD", help="last day in the directory"
    )
    p.set_defaults(handler=cmd_listing_add)

    p = s.add_parser("list", help="search and filter listings")
    p.add_argument("--search", default="", metavar="TEXT", help='words, "a phrase", -word, or')
    p.add_argument("--kind", choices=["offer", "want"])
    p.add_argument("--category", metavar="ID|PATH", help="includes its sub-categories")
    p.add_argument("--member", type=args.record_id, metavar="ID")
    p.add_argument("--status", choices=["active", "paused", "withdrawn", "expired"])
    p.add_argument(
        "--directory", action="store_true", help="only what the directory shows (active)"
    )
    p.add_argument("--sort", default="id")
    p.add_argument("--desc", action="store_true", help="sort descending")
    p.add_argument("--limit", type=args.count, default=200)
    p.set_defaults(handler=cmd_listing_list)

    record_action(s, "withdraw", "take a listing off the directory for good", cmd_listing_withdraw)


def listing_json(x: ListingInfo, cur: Currency) -> dict[str, Any]:
    """Every listing field, plus the keys kept from earlier versions for scripts:
    ``member_id``, ``member`` (the member's name: the field is the number) and
    ``category_id``."""
    from localex_desktop.services.fields import listings as listing_fields

    out = field_json(listing_fields.FIELDS, x, cur)
    out.update(member_id=x.member_id, member=x.member_name, category_id=x.category_id)
    return out


def cmd_listing_add(ctx: Context) -> int:
    from localex_desktop.services import listings, settings

    a = ctx.args
    with ctx.migrated_db().transaction() as s:
        cur = settings.currency(s)
        category = category_id(ctx, s, a.category)
        assert category is not None
        info = listings.add(
            s,
            ctx.actor,
            listings.ListingInput(
                member_id=a.member,
                kind=a.kind,
                category_id=category,
                title=a.title,
                description=a.description,
                price=None if a.price is None else amount(a.price, cur, "price", zero=True),
                unit=a.unit,
                expires_on=a.expires,
            ),
        )
        out = listing_json(info, cur)
    ctx.emit(out, f"Listing {info.id} added: {info.kind} {info.title!r} ({info.category_path}).")
    return 0


def cmd_listing_list(ctx: Context) -> int:
    from localex_desktop.services import listings
    from localex_desktop.services.fields import listings as listing_fields

    a = ctx.args

    def search(s: Session, n: int) -> list[ListingInfo]:
        flt = listings.ListingFilter(
            text=a.search,
            kind=a.kind,
            category_id=category_id(ctx, s, a.category),
            member_id=a.member,
            status=a.status,
            directory=a.directory,
        )
        return listings.search(s, ctx.actor, flt, sort=a.sort, descending=a.desc, limit=n)

    return list_rows(ctx, "listings", listing_fields.FIELDS, search, listing_json)


def cmd_listing_withdraw(ctx: Context) -> int:
    from localex_desktop.services import listings, settings

    with ctx.migrated_db().transaction() as s:
        out = listing_json(listings.withdraw(s, ctx.actor, ctx.args.id), settings.currency(s))
    ctx.emit(out, f"Listing {out['id']} {out['title']!r} withdrawn.")
    return 0
