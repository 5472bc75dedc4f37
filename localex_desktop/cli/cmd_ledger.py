"""`localex member …`, `transfer`, `balance`, `reverse`, `levy`, `ledger`, `verify`.

Handlers import the services they run, so `localex --version` loads none of them
(see cli/__init__.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from localex_desktop.cli.base import Context, table

if TYPE_CHECKING:
    from localex_desktop.domain.money import Currency
    from localex_desktop.services.members import MemberInfo


def register(sub: Any) -> None:
    p = sub.add_parser("member", help="enrol, list, show, change members")
    msub = p.add_subparsers(dest="member_command", metavar="ACTION", parser_class=type(p))
    msub.required = True

    m = msub.add_parser("add", help="enrol a member (opens their account)")
    _member_fields(m, required_name=True)
    m.set_defaults(handler=cmd_member_add)

    m = msub.add_parser("list", help="list members, optionally matching TEXT")
    m.add_argument(
        "--search", metavar="TEXT", default="", help="part of name, number, email or phone"
    )
    m.add_argument("--status", choices=["active", "suspended", "left"])
    m.add_argument("--limit", type=int, default=1000)
    m.set_defaults(handler=cmd_member_list)

    m = msub.add_parser("show", help="one member with balance")
    m.add_argument("id", type=int)
    m.set_defaults(handler=cmd_member_show)

    m = msub.add_parser("update", help="change a member's details or limits")
    m.add_argument("id", type=int)
    _member_fields(m, required_name=False)
    m.set_defaults(handler=cmd_member_update)

    for verb in ("suspend", "reactivate", "leave"):
        m = msub.add_parser(verb, help=f"{verb} a member")
        m.add_argument("id", type=int)
        m.set_defaults(handler=cmd_member_status, verb=verb)

    p = sub.add_parser("transfer", help="one member pays another")
    p.add_argument("--from", dest="payer", type=int, required=True, metavar="ID")
    p.add_argument("--to", dest="payee", type=int, required=True, metavar="ID")
    p.add_argument("--amount", required=True)
    p.add_argument("--memo", required=True)
    p.add_argument("--idempotency-key", metavar="KEY")
    p.set_defaults(handler=cmd_transfer)

    p = sub.add_parser("balance", help="a member's balance, credit limit and available credit")
    p.add_argument("id", type=int)
    p.set_defaults(handler=cmd_balance)

    p = sub.add_parser("reverse", help="post the opposite of a transaction")
    p.add_argument("transaction_id", type=int)
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=cmd_reverse)

    p = sub.add_parser("levy", help="charge every active member into the community fund")
    p.add_argument("--amount", required=True)
    p.add_argument("--memo", required=True)
    p.add_argument(
        "--dry-run", action="store_true", help="show who would pay and who would break their limit"
    )
    p.add_argument(
        "--skip-over-limit", action="store_true", help="leave out members who cannot pay"
    )
    p.add_argument(
        "--to", dest="to_account", default="community_fund", choices=["community_fund", "fees"]
    )
    p.set_defaults(handler=cmd_levy)

    p = sub.add_parser("ledger", help="list transactions with their entries, newest first")
    p.add_argument("--member", type=int, metavar="ID")
    p.add_argument("--kind")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(handler=cmd_ledger)

    p = sub.add_parser("verify", help="check the whole ledger; exit 3 if anything is wrong")
    p.set_defaults(handler=cmd_verify)


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
        m.add_argument("--number", type=int, help="member number (default: the next free one)")


def _amount(
    ctx: Context, text: str, cur: Currency, field: str = "amount", zero: bool = False
) -> int:
    from localex_desktop.domain.money import parse_amount

    return parse_amount(text, cur, field=field, allow_zero=zero)


def _fmt(minor: int | None, cur: Currency) -> str | None:
    from localex_desktop.domain.money import format_amount

    return None if minor is None else format_amount(minor, cur)


def member_json(m: MemberInfo, cur: Currency) -> dict[str, Any]:
    return {
        "id": m.id,
        "name": m.name,
        "email": m.email,
        "phone": m.phone,
        "address": m.address,
        "status": m.status,
        "joined_on": m.joined_on.isoformat(),
        "left_on": m.left_on.isoformat() if m.left_on else None,
        "directory_consent": m.directory_consent,
        "notes": m.notes,
        "credit_limit": _fmt(m.credit_limit, cur),
        "upper_limit": _fmt(m.upper_limit, cur),
        "balance": _fmt(m.balance, cur),
        "available": _fmt(m.available, cur),
    }


def _member_text(m: dict[str, Any]) -> str:
    return "\n".join(f"{k:18} {'' if v is None else v}" for k, v in m.items())


def cmd_member_add(ctx: Context) -> int:
    from localex_desktop.services import members, settings

    a = ctx.args
    with ctx.migrated_db().transaction() as s:
        cur = settings.currency(s)
        info = members.create(
            s,
            ctx.actor,
            members.MemberInput(
                name=a.name,
                email=a.email,
                phone=a.phone or "",
                address=a.address or "",
                notes=a.notes or "",
                directory_consent=a.directory_consent == "yes",
            ),
            credit_limit=None
            if a.credit_limit is None
            else _amount(ctx, a.credit_limit, cur, "credit limit", True),
            upper_limit=_upper(ctx, a.upper_limit, cur),
            member_id=a.number,
        )
        out = member_json(info, cur)
    ctx.emit(out, f"Member {info.id} {info.name} enrolled (credit limit {out['credit_limit']}).")
    return 0


def _upper(ctx: Context, text: str | None, cur: Currency) -> int | None:
    if text is None or text.strip().lower() == "none":
        return None
    return _amount(ctx, text, cur, "upper limit", True)


def cmd_member_list(ctx: Context) -> int:
    from localex_desktop.services import members, settings

    a = ctx.args
    with ctx.migrated_db().transaction() as s:
        cur = settings.currency(s)
        rows = [
            member_json(m, cur)
            for m in members.search(s, ctx.actor, a.search, status=a.status, limit=a.limit)
        ]
    ctx.emit(
        rows,
        lambda: table(
            [
                [
                    str(r["id"]),
                    r["name"],
                    r["status"],
                    r["balance"],
                    r["credit_limit"] or "",
                    r["email"] or "",
                ]
                for r in rows
            ],
            ["number", "name", "status", "balance", "credit limit", "email"],
        ),
    )
    return 0


def cmd_member_show(ctx: Context) -> int:
    from localex_desktop.services import members, settings

    with ctx.migrated_db().transaction() as s:
        out = member_json(members.get(s, ctx.actor, ctx.args.id), settings.currency(s))
    ctx.emit(out, lambda: _member_text(out))
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
            kwargs["credit_limit"] = _amount(ctx, a.credit_limit, cur, "credit limit", True)
        if a.upper_limit is not None:
            kwargs["upper_limit"] = _upper(ctx, a.upper_limit, cur)
        out = member_json(members.update(s, ctx.actor, a.id, **kwargs), cur)
    ctx.emit(out, f"Member {out['id']} updated.")
    return 0


def cmd_member_status(ctx: Context) -> int:
    from localex_desktop.services import leaving, members, settings

    fn = {"suspend": members.suspend, "reactivate": members.reactivate, "leave": leaving.leave}[
        ctx.args.verb
    ]
    with ctx.migrated_db().transaction() as s:
        out = member_json(fn(s, ctx.actor, ctx.args.id), settings.currency(s))
    ctx.emit(out, f"Member {out['id']} {out['name']} is now {out['status']}.")
    return 0


def cmd_transfer(ctx: Context) -> int:
    from localex_desktop.services import ledger, settings

    a = ctx.args
    db = ctx.migrated_db()
    with db.session() as s:
        cur = settings.currency(s)
    res = ledger.transfer_now(
        db,
        ctx.actor,
        a.payer,
        a.payee,
        _amount(ctx, a.amount, cur),
        a.memo,
        idempotency_key=a.idempotency_key,
    )
    ctx.emit(
        {"transaction_id": res.transaction_id, "replayed": res.replayed},
        f"Transaction {res.transaction_id} "
        + ("was already posted with this key." if res.replayed else "posted."),
    )
    return 0


def cmd_balance(ctx: Context) -> int:
    from localex_desktop.services import ledger, settings

    with ctx.migrated_db().transaction() as s:
        cur = settings.currency(s)
        b = ledger.balance(s, ctx.actor, ctx.args.id)
    out = {
        "member_id": b.member_id,
        "balance": _fmt(b.balance, cur),
        "credit_limit": _fmt(b.credit_limit, cur),
        "available": _fmt(b.available, cur),
        "upper_limit": _fmt(b.upper_limit, cur),
    }
    ctx.emit(out, lambda: _member_text(out))
    return 0


def cmd_reverse(ctx: Context) -> int:
    from localex_desktop.services import ledger

    with ctx.migrated_db().transaction() as s:
        res = ledger.reverse(s, ctx.actor, ctx.args.transaction_id, ctx.args.reason)
    ctx.emit(
        {"transaction_id": res.transaction_id, "reverses": ctx.args.transaction_id},
        f"Transaction {res.transaction_id} reverses {ctx.args.transaction_id}.",
    )
    return 0


def cmd_levy(ctx: Context) -> int:
    from localex_desktop.services import ledger, settings

    a = ctx.args
    with ctx.migrated_db().transaction() as s:
        cur = settings.currency(s)
        res = ledger.levy(
            s,
            ctx.actor,
            _amount(ctx, a.amount, cur),
            a.memo,
            dry_run=a.dry_run,
            to_account=a.to_account,
            skip_over_limit=a.skip_over_limit,
        )
    out = {
        "dry_run": a.dry_run,
        "transaction_id": res.transaction_id,
        "amount": _fmt(res.amount, cur),
        "members_charged": len(res.lines) - (len(res.over_limit) if a.skip_over_limit else 0),
        "total": _fmt(res.total, cur),
        "to_account": res.to_account,
        "over_limit": [
            {
                "member_id": ln.member_id,
                "name": ln.name,
                "balance": _fmt(ln.balance, cur),
                "available": _fmt(ln.available, cur),
            }
            for ln in res.over_limit
        ],
    }

    def text() -> str:
        head = (
            f"Preview: {out['members_charged']} members would pay {out['amount']} each, "
            f"{out['total']} in all."
            if a.dry_run
            else f"Levy posted as transaction {res.transaction_id}: "
            f"{out['members_charged']} members, {out['total']} in all."
        )
        if res.over_limit:
            head += (
                f"\n{len(res.over_limit)} member(s) cannot pay without breaking their "
                "credit limit:\n"
            )
            head += table(
                [
                    [str(o["member_id"]), o["name"], o["balance"], o["available"] or ""]
                    for o in out["over_limit"]
                ],
                ["number", "name", "balance", "available"],
            )
        return head

    ctx.emit(out, text)
    return 0


def cmd_ledger(ctx: Context) -> int:
    from localex_desktop.services import ledger, settings

    a = ctx.args
    with ctx.migrated_db().transaction() as s:
        cur = settings.currency(s)
        txs = ledger.journal(
            s, ctx.actor, ledger.JournalFilter(member_id=a.member, kind=a.kind), limit=a.limit
        )
    rows: list[dict[str, Any]] = [
        {
            "id": t.id,
            "posted_at": t.posted_at.isoformat(),
            "kind": t.kind,
            "memo": t.memo,
            "actor": t.actor,
            "reverses": t.reverses_id,
            "reversed_by": t.reversed_by,
            "amount": _fmt(t.amount, cur),
            "entries": [
                {
                    "account_id": e.account_id,
                    "account": e.account_name,
                    "member_id": e.member_id,
                    "amount": _fmt(e.amount, cur),
                    "balance_after": _fmt(e.balance_after, cur),
                }
                for e in t.entries
            ],
        }
        for t in txs
    ]

    def text() -> str:
        lines = []
        for r in rows:
            lines.append(f"#{r['id']}  {r['posted_at'][:16]}  {r['kind']:<9} {r['memo']}")
            for e in r["entries"]:
                lines.append(f"      {e['amount']:>14}  {e['account']}")
        return "\n".join(lines) or "(no transactions)"

    ctx.emit(rows, text)
    return 0


def cmd_verify(ctx: Context) -> int:
    from localex_desktop.services import verify

    db = ctx.migrated_db()
    with db.transaction() as s:
        report = verify.verify(s, ctx.actor, record=not db.read_only)
    out = report.as_dict()

    def text() -> str:
        head = (
            f"Ledger OK: {report.transactions} transactions, {report.entries} entries, "
            f"{report.accounts} accounts checked in {report.seconds:.2f} s."
        )
        if report.ok:
            return head
        lines = [
            f"Ledger has {len(report.problems)} problem(s); first bad transaction: "
            f"{report.first_bad_transaction}."
        ]
        lines += [f"  - {p.message}" for p in report.problems]
        return "\n".join(lines)

    ctx.emit(out, text)
    return 0 if report.ok else 3
