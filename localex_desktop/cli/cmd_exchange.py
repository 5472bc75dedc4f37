"""`localex category …`, `listing …`, `trade …`, `operator …` and `audit`."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from localex_desktop.cli.base import Context, table

if TYPE_CHECKING:
    from localex_desktop.domain.money import Currency
    from localex_desktop.services.listings import ListingInfo
    from localex_desktop.services.operators import OperatorInfo
    from localex_desktop.services.slips import BatchReport
    from localex_desktop.services.trades import TradeInfo


def register(sub: Any) -> None:
    _register_categories(sub)
    _register_listings(sub)
    _register_trades(sub)
    _register_operators(sub)

    p = sub.add_parser("audit", help="who changed what and when, newest first")
    p.add_argument("--entity", help="member, listing, trade, category, operator, transaction, …")
    p.add_argument("--id", dest="entity_id", metavar="ID", help="only this record (with --entity)")
    p.add_argument("--operator", metavar="NAME", help="only changes made by this operator")
    p.add_argument(
        "--search",
        default="",
        metavar="TEXT",
        help="words in the names, memos or values (case and accents do not matter)",
    )
    p.add_argument("--since", type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--until", type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(handler=cmd_audit)


def _sub(sub: Any, name: str, help_text: str) -> Any:
    p = sub.add_parser(name, help=help_text)
    s = p.add_subparsers(dest=f"{name}_command", metavar="ACTION", parser_class=type(p))
    s.required = True
    return s


def _date(text: str) -> date:
    import argparse

    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-31") from None


def _register_categories(sub: Any) -> None:
    s = _sub(sub, "category", "the tree of categories for listings")
    p = s.add_parser("add", help="add a category (under --parent for a sub-category)")
    p.add_argument("name")
    p.add_argument(
        "--parent", metavar="ID|PATH", help="number or path, e.g. 'Food' or 'Food/Baking'"
    )
    p.add_argument("--position", type=int, help="place among its siblings, 0 first")
    p.set_defaults(handler=cmd_category_add)
    p = s.add_parser("list", help="all categories with their full paths")
    p.set_defaults(handler=cmd_category_list)


def _register_listings(sub: Any) -> None:
    s = _sub(sub, "listing", "offers and wants of the directory")
    p = s.add_parser("add", help="add an offer or a want for a member")
    p.add_argument("--member", type=int, required=True, metavar="ID")
    p.add_argument("--kind", choices=["offer", "want"], required=True)
    p.add_argument("--category", required=True, metavar="ID|PATH")
    p.add_argument("--title", required=True)
    p.add_argument("--description", default="")
    p.add_argument("--price", metavar="AMOUNT")
    p.add_argument("--unit", default="", help="e.g. 'per hour', 'each'")
    p.add_argument("--expires", type=_date, metavar="YYYY-MM-DD", help="last day in the directory")
    p.set_defaults(handler=cmd_listing_add)

    p = s.add_parser("list", help="search and filter listings")
    p.add_argument("--search", default="", metavar="TEXT", help='words, "a phrase", -word, or')
    p.add_argument("--kind", choices=["offer", "want"])
    p.add_argument("--category", metavar="ID|PATH", help="includes its sub-categories")
    p.add_argument("--member", type=int, metavar="ID")
    p.add_argument("--status", choices=["active", "paused", "withdrawn", "expired"])
    p.add_argument(
        "--directory", action="store_true", help="only what the directory shows (active)"
    )
    p.add_argument("--sort", default="id")
    p.add_argument("--desc", action="store_true", help="sort descending")
    p.add_argument("--limit", type=int, default=200)
    p.set_defaults(handler=cmd_listing_list)

    p = s.add_parser("withdraw", help="take a listing off the directory for good")
    p.add_argument("id", type=int)
    p.set_defaults(handler=cmd_listing_withdraw)


def _register_trades(sub: Any) -> None:
    s = _sub(sub, "trade", "record and settle trades between members")
    p = s.add_parser("record", help="record a trade (pending, or --completed to settle it now)")
    p.add_argument("--buyer", type=int, required=True, metavar="ID", help="the member who pays")
    p.add_argument("--seller", type=int, required=True, metavar="ID", help="the member paid")
    p.add_argument("--amount", required=True)
    p.add_argument("--description", default="")
    p.add_argument("--listing", type=int, metavar="ID")
    p.add_argument("--category", metavar="ID|PATH")
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="day of the trade")
    p.add_argument("--slip", metavar="NUMBER", help="number of the paper slip")
    p.add_argument("--completed", action="store_true", help="settle it in the ledger now")
    p.set_defaults(handler=cmd_trade_record)

    p = s.add_parser("complete", help="settle a pending trade in the ledger")
    p.add_argument("id", type=int)
    p.set_defaults(handler=cmd_trade_complete)

    p = s.add_parser("cancel", help="cancel a pending trade")
    p.add_argument("id", type=int)
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=cmd_trade_cancel)

    p = s.add_parser("dispute", help="put a pending trade on hold: a member disagrees")
    p.add_argument("id", type=int)
    p.add_argument("--note", required=True, help="what is disputed, by whom")
    p.set_defaults(handler=cmd_trade_dispute)

    p = s.add_parser("resolve", help="end a dispute: completed or cancelled")
    p.add_argument("id", type=int)
    p.add_argument("--outcome", choices=["completed", "cancelled"], required=True)
    p.add_argument("--note", required=True, help="what was agreed")
    p.add_argument("--amount", help="the agreed amount, if it differs (completed only)")
    p.set_defaults(handler=cmd_trade_resolve)

    p = s.add_parser("reverse", help="correct a completed trade: reverse it in the ledger")
    p.add_argument("id", type=int)
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=cmd_trade_reverse)

    p = s.add_parser("list", help="trades, newest first")
    p.add_argument("--status", choices=["pending", "completed", "cancelled", "disputed"])
    p.add_argument("--member", type=int, metavar="ID", help="as buyer or seller")
    p.add_argument("--since", type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--until", type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--batch", type=int, metavar="ID")
    p.add_argument("--limit", type=int, default=200)
    p.set_defaults(handler=cmd_trade_list)

    p = s.add_parser(
        "batch",
        help="post a bundle of paper slips from a CSV file, all or nothing",
        description="CSV columns: slip,buyer,seller,amount[,description[,date]] "
        "(a header row naming them is optional).",
    )
    p.add_argument("file", help="CSV file, or - for standard input")
    p.add_argument("--count", type=int, required=True, help="number of slips on the bundle")
    p.add_argument("--total", required=True, help="sum of the amounts on the bundle")
    p.add_argument("--note", default="")
    p.add_argument("--check", action="store_true", help="only check; post nothing")
    p.set_defaults(handler=cmd_trade_batch)


def _register_operators(sub: Any) -> None:
    s = _sub(sub, "operator", "the people who log in, and their roles")
    p = s.add_parser("add", help="add an operator; the password is read from standard input")
    p.add_argument("username")
    p.add_argument("--role", choices=["admin", "coordinator", "bookkeeper"], required=True)
    p.add_argument("--display-name", default="")
    p.set_defaults(handler=cmd_operator_add)
    p = s.add_parser("list", help="all operators")
    p.set_defaults(handler=cmd_operator_list)
    p = s.add_parser("disable", help="stop an operator from logging in")
    p.add_argument("username")
    p.set_defaults(handler=cmd_operator_disable)
    p = s.add_parser("passwd", help="set an operator's password (from standard input); unlocks")
    p.add_argument("username")
    p.set_defaults(handler=cmd_operator_passwd)


# -- helpers -----------------------------------------------------------------------


def _amount(text: str, cur: Currency, field: str = "amount", zero: bool = False) -> int:
    from localex_desktop.domain.money import parse_amount

    return parse_amount(text, cur, field=field, allow_zero=zero)


def _fmt(minor: int | None, cur: Currency) -> str | None:
    from localex_desktop.domain.money import format_amount

    return None if minor is None else format_amount(minor, cur)


def _category_id(ctx: Context, s: Any, text: str | None) -> int | None:
    from localex_desktop.services import categories

    return None if text is None else categories.find(s, ctx.actor, text).id


def listing_json(x: ListingInfo, cur: Currency) -> dict[str, Any]:
    return {
        "id": x.id,
        "kind": x.kind,
        "status": x.status,
        "member_id": x.member_id,
        "member": x.member_name,
        "category_id": x.category_id,
        "category": x.category_path,
        "title": x.title,
        "description": x.description,
        "price": _fmt(x.price, cur),
        "unit": x.unit,
        "expires_on": x.expires_on.isoformat() if x.expires_on else None,
        "created_at": x.created_at.isoformat(),
    }


def trade_json(t: TradeInfo, cur: Currency) -> dict[str, Any]:
    return {
        "id": t.id,
        "status": t.status,
        "buyer_id": t.buyer_member_id,
        "buyer": t.buyer_name,
        "seller_id": t.seller_member_id,
        "seller": t.seller_name,
        "amount": _fmt(t.amount, cur),
        "description": t.description,
        "traded_on": t.traded_on.isoformat(),
        "listing_id": t.listing_id,
        "category": t.category_path,
        "transaction_id": t.transaction_id,
        "reversal_transaction_id": t.reversal_transaction_id,
        "note": t.note,
        "resolution": t.resolution,
        "slip_number": t.slip_number,
        "batch_id": t.batch_id,
        "created_by": t.created_by,
    }


def operator_json(o: OperatorInfo) -> dict[str, Any]:
    return {
        "id": o.id,
        "username": o.username,
        "display_name": o.display_name,
        "role": o.role.value,
        "active": o.active,
        "locked_until": o.locked_until.isoformat() if o.locked_until else None,
        "last_login_at": o.last_login_at.isoformat() if o.last_login_at else None,
    }


# -- categories --------------------------------------------------------------------


def cmd_category_add(ctx: Context) -> int:
    from localex_desktop.services import categories

    a = ctx.args
    with ctx.migrated_db().transaction() as s:
        parent = _category_id(ctx, s, a.parent)
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


# -- listings ----------------------------------------------------------------------


def cmd_listing_add(ctx: Context) -> int:
    from localex_desktop.services import listings, settings

    a = ctx.args
    with ctx.migrated_db().transaction() as s:
        cur = settings.currency(s)
        category = _category_id(ctx, s, a.category)
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
                price=None if a.price is None else _amount(a.price, cur, "price", zero=True),
                unit=a.unit,
                expires_on=a.expires,
            ),
        )
        out = listing_json(info, cur)
    ctx.emit(out, f"Listing {info.id} added: {info.kind} {info.title!r} ({info.category_path}).")
    return 0


def cmd_listing_list(ctx: Context) -> int:
    from localex_desktop.services import listings, settings

    a = ctx.args
    with ctx.migrated_db().transaction() as s:
        cur = settings.currency(s)
        flt = listings.ListingFilter(
            text=a.search,
            kind=a.kind,
            category_id=_category_id(ctx, s, a.category),
            member_id=a.member,
            status=a.status,
            directory=a.directory,
        )
        rows = [
            listing_json(x, cur)
            for x in listings.search(
                s, ctx.actor, flt, sort=a.sort, descending=a.desc, limit=a.limit
            )
        ]
    ctx.emit(
        rows,
        lambda: table(
            [
                [
                    str(r["id"]),
                    r["kind"],
                    r["status"],
                    r["title"],
                    r["category"],
                    f"{r['member']} ({r['member_id']})",
                    " ".join(x for x in (r["price"] or "", r["unit"]) if x),
                ]
                for r in rows
            ],
            ["number", "kind", "status", "title", "category", "member", "price"],
        ),
    )
    return 0


def cmd_listing_withdraw(ctx: Context) -> int:
    from localex_desktop.services import listings, settings

    with ctx.migrated_db().transaction() as s:
        out = listing_json(listings.withdraw(s, ctx.actor, ctx.args.id), settings.currency(s))
    ctx.emit(out, f"Listing {out['id']} {out['title']!r} withdrawn.")
    return 0


# -- trades ------------------------------------------------------------------------


def _trade_text(t: dict[str, Any], what: str) -> str:
    head = f"Trade {t['id']} {what}: {t['buyer']} ({t['buyer_id']}) pays {t['seller']} "
    head += f"({t['seller_id']}) {t['amount']} for {t['description']!r}"
    if t["transaction_id"]:
        head += f"; ledger transaction {t['transaction_id']}"
    if t["reversal_transaction_id"]:
        head += f", reversed by {t['reversal_transaction_id']}"
    return head + "."


def cmd_trade_record(ctx: Context) -> int:
    from localex_desktop.services import settings, trades

    a = ctx.args
    with ctx.migrated_db().transaction() as s:
        cur = settings.currency(s)
        info = trades.record(
            s,
            ctx.actor,
            trades.TradeInput(
                buyer_member_id=a.buyer,
                seller_member_id=a.seller,
                amount=_amount(a.amount, cur),
                description=a.description,
                listing_id=a.listing,
                category_id=_category_id(ctx, s, a.category),
                traded_on=a.date,
                slip_number=a.slip,
            ),
            completed=a.completed,
        )
        out = trade_json(info, cur)
    ctx.emit(out, _trade_text(out, "recorded as " + out["status"]))
    return 0


def cmd_trade_complete(ctx: Context) -> int:
    from localex_desktop.services import settings, trades

    with ctx.migrated_db().transaction() as s:
        res = trades.complete(s, ctx.actor, ctx.args.id)
        out = trade_json(res.trade, settings.currency(s))
    out["already_completed"] = res.already_completed
    ctx.emit(
        out, _trade_text(out, "was already completed" if res.already_completed else "completed")
    )
    return 0


def _trade_change(ctx: Context, fn: Any, what: str, *args: Any, **kw: Any) -> int:
    from localex_desktop.services import settings

    with ctx.migrated_db().transaction() as s:
        out = trade_json(fn(s, ctx.actor, ctx.args.id, *args, **kw), settings.currency(s))
    ctx.emit(out, _trade_text(out, what))
    return 0


def cmd_trade_cancel(ctx: Context) -> int:
    from localex_desktop.services import trades

    return _trade_change(ctx, trades.cancel, "cancelled", ctx.args.reason)


def cmd_trade_dispute(ctx: Context) -> int:
    from localex_desktop.services import trades

    return _trade_change(ctx, trades.dispute, "is disputed", ctx.args.note)


def cmd_trade_reverse(ctx: Context) -> int:
    from localex_desktop.services import trades

    return _trade_change(ctx, trades.reverse_trade, "reversed and cancelled", ctx.args.reason)


def cmd_trade_resolve(ctx: Context) -> int:
    from localex_desktop.services import settings, trades

    a = ctx.args
    with ctx.migrated_db().transaction() as s:
        cur = settings.currency(s)
        amount = None if a.amount is None else _amount(a.amount, cur)
        info = trades.resolve(s, ctx.actor, a.id, a.outcome, a.note, amount=amount)
        out = trade_json(info, cur)
    ctx.emit(out, _trade_text(out, f"resolved: {out['status']}"))
    return 0


def cmd_trade_list(ctx: Context) -> int:
    from localex_desktop.services import settings, trades

    a = ctx.args
    with ctx.migrated_db().transaction() as s:
        cur = settings.currency(s)
        flt = trades.TradeFilter(
            status=a.status, member_id=a.member, since=a.since, until=a.until, batch_id=a.batch
        )
        rows = [trade_json(t, cur) for t in trades.search(s, ctx.actor, flt, limit=a.limit)]
    ctx.emit(
        rows,
        lambda: table(
            [
                [
                    str(r["id"]),
                    r["traded_on"],
                    r["status"],
                    f"{r['buyer']} ({r['buyer_id']})",
                    f"{r['seller']} ({r['seller_id']})",
                    r["amount"],
                    r["description"],
                ]
                for r in rows
            ],
            ["number", "date", "status", "buyer", "seller", "amount", "description"],
        ),
    )
    return 0


def _read_slips(path: str) -> list[Any]:
    import csv
    import sys
    from pathlib import Path

    from localex_desktop.domain.errors import ValidationError
    from localex_desktop.services.slips import SlipInput

    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ValidationError(f"Cannot read {path}: {exc.strerror}.") from exc
    rows = list(csv.reader(text.splitlines()))
    slips = []
    for number, row in enumerate(rows, start=1):
        cells = [c.strip() for c in row]
        if not any(cells):
            continue
        if number == 1 and cells[0].lower() in ("slip", "slip number", "slip_number"):
            continue  # header
        if len(cells) < 4:
            raise ValidationError(
                f"Line {number} has {len(cells)} column(s); a slip needs at least 4.",
                hint="Columns: slip,buyer,seller,amount[,description[,date]].",
            )
        traded_on = None
        if len(cells) > 5 and cells[5]:
            try:
                traded_on = date.fromisoformat(cells[5])
            except ValueError:
                raise ValidationError(
                    f"Line {number}: {cells[5]!r} is not a date like 2026-03-31."
                ) from None
        slips.append(
            SlipInput(
                line=number,
                slip_number=cells[0],
                buyer=cells[1],
                seller=cells[2],
                amount=cells[3],
                description=cells[4] if len(cells) > 4 else "",
                traded_on=traded_on,
            )
        )
    return slips


def _report_json(report: BatchReport, cur: Currency) -> dict[str, Any]:
    return {
        "ok": report.ok,
        "count": report.count,
        "total": _fmt(report.total, cur),
        "control_count": report.control_count,
        "control_total": _fmt(report.control_total, cur),
        "problems": report.problems,
        "refused": [
            {"line": c.line, "slip": c.slip_number, "reasons": c.reasons} for c in report.refused
        ],
    }


def _report_text(report: BatchReport) -> str:
    lines = [
        f"  line {c.line}, slip {c.slip_number or '?'}: {'; '.join(c.reasons)}"
        for c in report.refused
    ]
    return "\n".join([*(f"  {p}" for p in report.problems), *lines])


def cmd_trade_batch(ctx: Context) -> int:
    import sys

    from localex_desktop.services import settings, slips

    a = ctx.args
    items = _read_slips(a.file)
    db = ctx.migrated_db()
    try:
        with db.transaction() as s:
            cur = settings.currency(s)
            total = _amount(a.total, cur, "control total")
            if a.check:
                report = slips.check_batch(s, ctx.actor, items, a.count, total)
                out = _report_json(report, cur)
                ctx.emit(
                    out,
                    lambda: (
                        f"All {report.count} slips are fine; nothing was posted."
                        if report.ok
                        else "The batch would be refused:\n" + _report_text(report)
                    ),
                )
                return 0 if report.ok else 1
            result = slips.post_batch(s, ctx.actor, items, a.count, total, note=a.note)
            out = _report_json(result.report, cur)
    except slips.SlipBatchRefused as exc:
        out = _report_json(exc.report, exc.currency)
        if ctx.json:
            ctx.emit(out)
        print(f"localex: {exc}", file=sys.stderr)
        print(_report_text(exc.report), file=sys.stderr)
        return 1
    out.update(batch_id=result.batch_id, trades=result.trade_ids)
    ctx.emit(
        out,
        f"Batch {result.batch_id} posted: {len(result.trade_ids)} slips, {out['total']} in all "
        f"(trades {result.trade_ids[0]}–{result.trade_ids[-1]}).",
    )
    return 0


# -- operators ---------------------------------------------------------------------


def cmd_operator_add(ctx: Context) -> int:
    from localex_desktop.domain.roles import Role
    from localex_desktop.services import operators

    a = ctx.args
    password = ctx.read_secret(f"Password for {a.username}: ")
    with ctx.migrated_db().transaction() as s:
        info = operators.create(s, ctx.actor, a.username, password, Role(a.role), a.display_name)
    out = operator_json(info)
    ctx.emit(out, f"Operator {info.username!r} added as {info.role.value}.")
    return 0


def cmd_operator_list(ctx: Context) -> int:
    from localex_desktop.services import operators

    with ctx.migrated_db().transaction() as s:
        rows = [operator_json(o) for o in operators.list_all(s, ctx.actor)]
    ctx.emit(
        rows,
        lambda: table(
            [
                [
                    r["username"],
                    r["display_name"],
                    r["role"],
                    "yes" if r["active"] else "disabled",
                    r["locked_until"] or "",
                    r["last_login_at"] or "never",
                ]
                for r in rows
            ],
            ["user", "name", "role", "active", "locked until", "last login"],
        ),
    )
    return 0


def cmd_operator_disable(ctx: Context) -> int:
    from localex_desktop.services import operators

    with ctx.migrated_db().transaction() as s:
        out = operator_json(operators.set_active(s, ctx.actor, ctx.args.username, False))
    ctx.emit(out, f"Operator {out['username']!r} disabled.")
    return 0


def cmd_operator_passwd(ctx: Context) -> int:
    from localex_desktop.services import operators

    password = ctx.read_secret(f"New password for {ctx.args.username}: ")
    with ctx.migrated_db().transaction() as s:
        out = operator_json(operators.set_password(s, ctx.actor, ctx.args.username, password))
    ctx.emit(out, f"Password of {out['username']!r} changed; the account is unlocked.")
    return 0


# -- audit -------------------------------------------------------------------------


def cmd_audit(ctx: Context) -> int:
    from localex_desktop.services import audit

    a = ctx.args
    with ctx.migrated_db().transaction() as s:
        rows = audit.query(
            s,
            ctx.actor,
            entity=a.entity,
            entity_id=a.entity_id,
            operator=a.operator,
            since=a.since,
            until=a.until,
            text=a.search,
            limit=max(1, a.limit),
        )
    out = [
        {
            "id": r.id,
            "at": r.at.isoformat(),
            "actor": r.actor,
            "action": r.action,
            "entity": r.entity,
            "entity_id": r.entity_id,
            "before": r.before,
            "after": r.after,
        }
        for r in rows
    ]

    def text() -> str:
        import json

        def short(v: Any) -> str:
            return "" if v is None else json.dumps(v, ensure_ascii=False)[:60]

        return table(
            [
                [
                    r["at"][:19].replace("T", " "),
                    r["actor"],
                    r["action"],
                    f"{r['entity']} {r['entity_id'] or ''}".strip(),
                    short(r["before"]),
                    short(r["after"]),
                ]
                for r in out
            ],
            ["when", "who", "action", "what", "before", "after"],
        )

    ctx.emit(out, text)
    return 0
