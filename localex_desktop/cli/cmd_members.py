"""`localex member add|list|show|update|suspend|reactivate|leave`.

The list and ``--json`` come from the member fields (:mod:`services.fields.members`),
the same columns the Members page and the export show. Services are imported inside
the handlers, so building the parser (and `localex --version`) loads no database code.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from localex_desktop.cli import args
from localex_desktop.cli.base import (
    Context,
    actions,
    amount,
    field_json,
    field_table,
    fmt,
    more_rows,
    record_action,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from localex_desktop.domain.money import Currency
    from localex_desktop.domain.roles import Actor
    from localex_desktop.services.members import MemberInfo

PAGE = 500


def register(sub: Any) -> None:
    msub = actions(sub, "member", "enrol, list, show, change members")

    m = msub.add_parser("add", help="enrol a member (opens their account)")
    _member_fields(m, required_name=True)
    m.set_defaults(handler=cmd_member_add)

    m = msub.add_parser("list", help="list members, optionally matching TEXT")
    m.add_argument(
        "--search", metavar="TEXT", default="", help="part of name, number, email or phone"
    )
    m.add_argument("--status", choices=["active", "suspended", "left"])
    m.add_argument(
        "--limit", type=args.count, metavar="N", help="only the first N (default: every member)"
    )
    m.set_defaults(handler=cmd_member_list)

    record_action(msub, "show", "one member with balance", cmd_member_show)
    m = record_action(msub, "update", "change a member's details or limits", cmd_member_update)
    _member_fields(m, required_name=False)
    for verb in ("suspend", "reactivate", "leave"):
        m = record_action(msub, verb, f"{verb} a member", cmd_member_status)
        m.set_defaults(verb=verb)
        if verb == "leave":
            m.add_argument(
                "--settle",
                action="store_true",
                help="move a balance to the community fund first (an adjustment)",
            )


def _member_fields(m: Any, *, required_name: bool) -> None:
    m.add_argument("--name", required=required_name)
    m.add_argument("--email")
    m.add_argument("--phone")
    m.add_argument("--address")
    m.add_argument("--notes")
    m.add_argument("--credit-limit", metavar="AMOUNT")
    m.add_argument("--upper-limit", metavar="AMOUNT", help="'none' removes it")
    m.add_argument(
        "--directory-consent",
        choices=["yes", "no"],
        help="may the printed directory show their contact details?",
    )
    if required_name:
        m.add_argument(
            "--number", type=args.record_id, help="member number (default: the next free one)"
        )


def member_json(m: MemberInfo, cur: Currency) -> dict[str, Any]:
    """Every member field, plus two keys kept from earlier versions for scripts:
    ``id`` (the number) and ``available`` (what they may still spend)."""
    from localex_desktop.services.fields import members as member_fields

    out = field_json(member_fields.FIELDS, m, cur)
    out.update(id=m.id, available=fmt(m.available, cur))
    return out


def _member_text(m: MemberInfo, cur: Currency) -> str:
    from localex_desktop.services.fields import display
    from localex_desktop.services.fields import members as member_fields

    lines = [(f.header, display(f, m, cur)) for f in member_fields.FIELDS]
    lines.append(("Available", fmt(m.available, cur) or "no limit"))
    return "\n".join(f"{h:14} {v}".rstrip() for h, v in lines)


def cmd_member_add(ctx: Context) -> int:
    from localex_desktop.services import members, settings

    a = ctx.args
    data = members.MemberInput(
        name=a.name,
        email=a.email,
        phone=a.phone or "",
        address=a.address or "",
        notes=a.notes or "",
        directory_consent=a.directory_consent == "yes",
    )
    with ctx.migrated_db().transaction() as s:
        cur = settings.currency(s)
        credit = None if a.credit_limit is None else _credit(a.credit_limit, cur)
        upper = _upper(a.upper_limit, cur)
        info = members.create(
            s, ctx.actor, data, credit_limit=credit, upper_limit=upper, member_id=a.number
        )
        out = member_json(info, cur)
    ctx.emit(out, f"Member {info.id} {info.name} enrolled (credit limit {out['credit_limit']}).")
    return 0


def _credit(text: str, cur: Currency) -> int:
    return amount(text, cur, "credit limit", True)


def _upper(text: str | None, cur: Currency) -> int | None:
    if text is None or text.strip().lower() == "none":
        return None
    return amount(text, cur, "upper limit", True)


def search_members(
    session: Session, actor: Actor, text: str, status: str | None, limit: int | None
) -> tuple[list[MemberInfo], bool]:
    """Every matching member in number order (the first ``limit``), page by page; and
    whether more were left out."""
    from localex_desktop.services import members

    found: list[MemberInfo] = []
    while limit is None or len(found) <= limit:
        page = members.search(session, actor, text, status=status, limit=PAGE, offset=len(found))
        found += page
        if len(page) < PAGE:
            break
    if limit is not None and len(found) > limit:
        return found[:limit], True
    return found, False


def cmd_member_list(ctx: Context) -> int:
    from localex_desktop.services import settings
    from localex_desktop.services.fields import members as member_fields

    a = ctx.args
    limit = None if a.limit is None else max(0, a.limit)
    with ctx.migrated_db().transaction() as s:
        cur = settings.currency(s)
        found, more = search_members(s, ctx.actor, a.search, a.status, limit)
    ctx.emit(
        [member_json(m, cur) for m in found],
        lambda: field_table(member_fields.FIELDS, found, cur),
    )
    if more and limit is not None:
        sys.stdout.flush()  # the note after the table, where a person looks for it
        more_rows("members", limit, "leave out --limit to list them all")
    return 0


def cmd_member_show(ctx: Context) -> int:
    from localex_desktop.services import members, settings

    with ctx.migrated_db().transaction() as s:
        cur = settings.currency(s)
        m = members.get(s, ctx.actor, ctx.args.id)
    ctx.emit(member_json(m, cur), lambda: _member_text(m, cur))
    return 0


def cmd_member_update(ctx: Context) -> int:
    from localex_desktop.services import members, settings

    a = ctx.args
    with ctx.migrated_db().transaction() as s:
        cur = settings.currency(s)
        kwargs: dict[str, Any] = {}
        if a.name is not None:
            kwargs["name"] = a.name
        if a.email is not None:
            kwargs["email"] = a.email or None
        for f in ("phone", "address", "notes"):
            if getattr(a, f) is not None:
                kwargs[f] = getattr(a, f)
        if a.directory_consent is not None:
            kwargs["directory_consent"] = a.directory_consent == "yes"
        if a.credit_limit is not None:
            kwargs["credit_limit"] = _credit(a.credit_limit, cur)
        if a.upper_limit is not None:
            kwargs["upper_limit"] = _upper(a.upper_limit, cur)
        out = member_json(members.update(s, ctx.actor, a.id, **kwargs), cur)
    ctx.emit(out, f"Member {out['id']} updated.")
    return 0


def cmd_member_status(ctx: Context) -> int:
    from localex_desktop.services import leaving, members, settings

    leave = partial(leaving.leave, settle=bool(getattr(ctx.args, "settle", False)))
    verbs: dict[str, Callable[[Session, Actor, int], MemberInfo]] = {
        "suspend": members.suspend,
        "reactivate": members.reactivate,
        "leave": leave,
    }
    fn = verbs[ctx.args.verb]
    with ctx.migrated_db().transaction() as s:
        out = member_json(fn(s, ctx.actor, ctx.args.id), settings.currency(s))
    ctx.emit(out, f"Member {out['id']} {out['name']} is now {out['status']}.")
    return 0
