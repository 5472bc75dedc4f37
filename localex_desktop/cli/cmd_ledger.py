"""`localex transfer`, `balance`, `reverse`, `levy`, `ledger`, `verify`.

`localex ledger` prints the journal from the transaction fields
(:mod:`services.fields.transactions`), as the Ledger page shows it. Services are
imported inside the handlers, so building the parser loads no database code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from localex_desktop.cli import args
from localex_desktop.cli.base import (
    Context,
    amount,
    date_arg,
    field_json,
    field_table,
    fmt,
    more_rows,
    table,
)
from localex_desktop.domain.errors import ValidationError
from localex_desktop.domain.words import counted

if TYPE_CHECKING:
    from localex_desktop.domain.money import Currency
    from localex_desktop.services.ledger import EntryView, TransactionView


def register(sub: Any) -> None:
    p = sub.add_parser(
        "transfer",
        help="one member pays another",
        description="One member pays another, dated today; an administrator may give the "
        "day it happened (--date) with the reason it is entered late (--reason).",
    )
    p.add_argument("--from", dest="payer", type=args.record_id, required=True, metavar="ID")
    p.add_argument("--to", dest="payee", type=args.record_id, required=True, metavar="ID")
    p.add_argument("--amount", required=True)
    p.add_argument("--memo", required=True)
    p.add_argument("--idempotency-key", metavar="KEY")
    p.add_argument(
        "--date",
        dest="value_date",
        type=date_arg,
        metavar="YYYY-MM-DD",
        help="the value date: the day it happened (default today; a past day needs --reason)",
    )
    p.add_argument("--reason", help="why it is entered with a past date (kept in the audit log)")
    p.set_defaults(handler=cmd_transfer)

    p = sub.add_parser("balance", help="a member's balance, credit limit and available credit")
    p.add_argument("id", type=args.record_id)
    p.set_defaults(handler=cmd_balance)

    p = sub.add_parser("reverse", help="post the opposite of a transaction")
    p.add_argument("transaction_id", type=args.record_id)
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
    p.add_argument("--member", type=args.record_id, metavar="ID")
    p.add_argument("--kind")
    p.add_argument("--limit", type=args.count, default=50)
    p.add_argument("--entries", action="store_true", help="a line for every entry")
    p.set_defaults(handler=cmd_ledger)

    p = sub.add_parser("verify", help="check the whole ledger; exit 3 if anything is wrong")
    p.add_argument(
        "--against",
        metavar="BACKUP",
        help="also check the ledger against the seal in this backup's manifest",
    )
    p.add_argument(
        "--statement",
        metavar="CODE",
        help="check a statement's check code against the ledger (nothing else)",
    )
    p.add_argument("--member", type=int, metavar="N", help="with --statement: whose statement")
    p.set_defaults(handler=cmd_verify)


def _text(m: dict[str, Any]) -> str:
    return "\n".join(f"{k:18} {'' if v is None else v}" for k, v in m.items())


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
        amount(a.amount, cur),
        a.memo,
        idempotency_key=a.idempotency_key,
        value_date=a.value_date,
        reason=a.reason,
    )
    with db.session() as s:
        value_date = ledger.transaction(s, ctx.actor, res.transaction_id).value_date
    ctx.emit(
        {
            "transaction_id": res.transaction_id,
            "replayed": res.replayed,
            "value_date": value_date.isoformat(),
        },
        f"Transaction {res.transaction_id} "
        + ("was already posted with this key." if res.replayed else "posted")
        + ("" if res.replayed else f", dated {value_date.isoformat()}."),
    )
    return 0


def cmd_balance(ctx: Context) -> int:
    from localex_desktop.services import ledger, settings

    with ctx.migrated_db().transaction() as s:
        cur = settings.currency(s)
        b = ledger.balance(s, ctx.actor, ctx.args.id)
    out = {
        "member_id": b.member_id,
        "balance": fmt(b.balance, cur),
        "credit_limit": fmt(b.credit_limit, cur),
        "available": fmt(b.available, cur),
        "upper_limit": fmt(b.upper_limit, cur),
    }
    ctx.emit(out, lambda: _text(out))
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
            amount(a.amount, cur),
            a.memo,
            dry_run=a.dry_run,
            to_account=a.to_account,
            skip_over_limit=a.skip_over_limit,
        )
    out = {
        "dry_run": a.dry_run,
        "transaction_id": res.transaction_id,
        "amount": fmt(res.amount, cur),
        "members_charged": len(res.lines) - (len(res.over_limit) if a.skip_over_limit else 0),
        "total": fmt(res.total, cur),
        "to_account": res.to_account,
        "over_limit": [
            {
                "member_id": ln.member_id,
                "name": ln.name,
                "balance": fmt(ln.balance, cur),
                "available": fmt(ln.available, cur),
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
                f"\n{counted(len(res.over_limit), 'member')} cannot pay without breaking their "
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


def entry_json(e: EntryView, cur: Currency) -> dict[str, Any]:
    """Every entry field, plus the keys kept from earlier versions for scripts:
    ``account_id``, ``account`` (the account's name) and ``member_id``."""
    from localex_desktop.services.fields import transactions as journal_fields

    out = field_json(journal_fields.ENTRY_FIELDS, e, cur)
    out.update(account_id=e.account_id, account=e.account_name, member_id=e.member_id)
    return out


def transaction_json(t: TransactionView, cur: Currency) -> dict[str, Any]:
    """Every transaction field, its ``entries``, and ``id`` (kept from earlier versions)."""
    from localex_desktop.services.fields import transactions as journal_fields

    out = field_json(journal_fields.FIELDS, t, cur)
    out.update(id=t.id, entries=[entry_json(e, cur) for e in t.entries])
    return out


def cmd_ledger(ctx: Context) -> int:
    from localex_desktop.services import categories, ledger, settings
    from localex_desktop.services.fields import transactions as journal_fields

    a = ctx.args
    limit = max(1, a.limit)
    with ctx.migrated_db().transaction() as s:
        cur = settings.currency(s)
        txs = ledger.journal(
            s, ctx.actor, ledger.JournalFilter(member_id=a.member, kind=a.kind), limit=limit + 1
        )
        paths = categories.paths(s) if a.entries else {}
    more = len(txs) > limit
    txs = txs[:limit]

    def text() -> str:
        if not a.entries:
            return field_table(journal_fields.FIELDS, txs, cur)
        lines = [
            journal_fields.JournalLine(
                t, e, None if t.category_id is None else paths.get(t.category_id)
            )
            for t in txs
            for e in t.entries
        ]
        return field_table(journal_fields.LINE_FIELDS, lines, cur)

    ctx.emit([transaction_json(t, cur) for t in txs], text)
    if more:
        sys.stdout.flush()
        more_rows("transactions", limit)
    return 0


def cmd_verify(ctx: Context) -> int:
    # imported here, as the other handlers do, so `localex --version` stays fast
    from localex_desktop.services import seal_check, seals, verify

    a = ctx.args
    if a.statement is not None:
        return _verify_statement(ctx, a.statement, a.member)
    if a.member is not None:
        raise ValidationError("--member goes with --statement CODE.", field="member")
    db = ctx.migrated_db()
    with db.transaction() as s:
        if a.against is None:
            report = verify.verify(s, ctx.actor, record=not db.read_only)
        else:
            found = seal_check.check_backup_seal(s, *_backup_seal(a.against))
            report = verify.verify(s, ctx.actor)
            report.problems += found
            report.ok = not report.problems
        kept = seals.key_summary(s)
    out = report.as_dict() | {"seals": kept}

    def text() -> str:
        head = (
            f"Ledger OK: {report.transactions} transactions, {report.entries} entries, "
            f"{report.accounts} accounts checked in {report.seconds:.2f} s."
        )
        known = f"\nSeals kept: {kept['seals']}, in {kept['folder']}."
        if report.ok:
            sealed = report.seal.get("fingerprint")
            return head + known + (f"\nSealed with the exchange key {sealed}." if sealed else "")
        first = report.first_bad_transaction
        where = (
            f"; first bad transaction: {first}."
            if first is not None
            else " (in no single transaction: accounts, the audit log or the seals):"
        )
        lines = [f"Ledger has {counted(len(report.problems), 'problem')}{where}"]
        lines += [f"  - {p.message}" for p in report.problems]
        return "\n".join(lines)

    ctx.emit(out, text)
    return 0 if report.ok else 3


def _backup_seal(name: str) -> tuple[Path, dict[str, Any] | None]:
    """The seal in a backup's manifest (the manifest is never encrypted: no passphrase)."""
    from localex_desktop.domain import backup_format

    path = Path(name).expanduser()
    return path, backup_format.read_header(path).manifest.seal


def _verify_statement(ctx: Context, code: str, member: int | None) -> int:
    from localex_desktop.services import check_codes

    db = ctx.migrated_db()
    with db.transaction() as s:
        result = check_codes.check(s, ctx.actor, code, member)
    ctx.emit(result.as_dict(), result.message)
    return 0 if result.verdict == "ok" else 3
