"""`localex trade record|complete|cancel|dispute|resolve|reverse|list|batch`.

The list and every trade's ``--json`` come from the trade fields
(:mod:`services.fields.trades`), the same columns the Trades page and the export show.
Services are imported inside the handlers, so building the parser loads no database code.
"""

from __future__ import annotations

import sys
from datetime import date
from typing import TYPE_CHECKING, Any

from localex_desktop.cli import args
from localex_desktop.cli.base import (
    Context,
    actions,
    amount,
    date_arg,
    date_range,
    field_json,
    fmt,
    list_rows,
    record_action,
)
from localex_desktop.cli.cmd_categories import category_id
from localex_desktop.domain.text import printable
from localex_desktop.domain.words import counted

if TYPE_CHECKING:
    from localex_desktop.domain.money import Currency
    from localex_desktop.services.slips import BatchReport
    from localex_desktop.services.trades import TradeInfo


def register(sub: Any) -> None:
    s = actions(sub, "trade", "record and settle trades between members")
    p = s.add_parser("record", help="record a trade (pending, or --completed to settle it now)")
    p.add_argument(
        "--buyer", type=args.record_id, required=True, metavar="ID", help="the member who pays"
    )
    p.add_argument(
        "--seller", type=args.record_id, required=True, metavar="ID", help="the member paid"
    )
    p.add_argument("--amount", required=True)
    p.add_argument("--description", default="")
    p.add_argument("--listing", type=args.record_id, metavar="ID")
    p.add_argument("--category", metavar="ID|PATH")
    p.add_argument("--date", type=date_arg, metavar="YYYY-MM-DD", help="day of the trade")
    p.add_argument("--slip", metavar="NUMBER", help="number of the paper slip")
    p.add_argument("--completed", action="store_true", help="settle it in the ledger now")
    p.set_defaults(handler=cmd_trade_record)

    record_action(s, "complete", "settle a pending trade in the ledger", cmd_trade_complete)
    p = record_action(s, "cancel", "cancel a pending trade", cmd_trade_cancel)
    p.add_argument("--reason", required=True)
    p = record_action(
        s, "dispute", "put a pending trade on hold: a member disagrees", cmd_trade_dispute
    )
    p.add_argument("--note", required=True, help="what is disputed, by whom")
    p = record_action(s, "resolve", "end a dispute: completed or cancelled", cmd_trade_resolve)
    p.add_argument("--outcome", choices=["completed", "cancelled"], required=True)
    p.add_argument("--note", required=True, help="what was agreed")
    p.add_argument("--amount", help="the agreed amount, if it differs (completed only)")
    p = record_action(
        s, "reverse", "correct a completed trade: reverse it in the ledger", cmd_trade_reverse
    )
    p.add_argument("--reason", required=True)

    p = s.add_parser("list", help="trades, newest first")
    p.add_argument("--status", choices=["pending", "completed", "cancelled", "disputed"])
    p.add_argument("--member", type=args.record_id, metavar="ID", help="as buyer or seller")
    date_range(p)
    p.add_argument("--batch", type=args.record_id, metavar="ID")
    p.add_argument("--limit", type=args.count, default=200)
    p.set_defaults(handler=cmd_trade_list)

    p = s.add_parser(
        "batch",
        help="post a bundle of paper slips from a CSV file, all or nothing",
        description="CSV columns: slip,buyer,seller,amount[,description[,date]] "
        "(a header row naming them is optional).",
    )
    p.add_argument("file", help="CSV file, or - for standard input")
    p.add_argument("--count", type=args.count, required=True, help="number of slips on the bundle")
    p.add_argument("--total", required=True, help="sum of the amounts on the bundle")
    p.add_argument("--note", default="")
    p.add_argument("--check", action="store_true", help="only check; post nothing")
    p.set_defaults(handler=cmd_trade_batch)


def trade_json(t: TradeInfo, cur: Currency) -> dict[str, Any]:
    """Every trade field, plus the keys kept from earlier versions for scripts:
    ``buyer`` and ``seller`` (names: the fields are the numbers), ``buyer_id``,
    ``seller_id``, ``listing_id``, ``transaction_id``, ``reversal_transaction_id``,
    ``batch_id``."""
    from localex_desktop.services.fields import trades as trade_fields

    out = field_json(trade_fields.FIELDS, t, cur)
    out.update(
        buyer_id=t.buyer_member_id,
        buyer=t.buyer_name,
        seller_id=t.seller_member_id,
        seller=t.seller_name,
        listing_id=t.listing_id,
        transaction_id=t.transaction_id,
        reversal_transaction_id=t.reversal_transaction_id,
        batch_id=t.batch_id,
    )
    return out


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
                amount=amount(a.amount, cur),
                description=a.description,
                listing_id=a.listing,
                category_id=category_id(ctx, s, a.category),
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
        agreed = None if a.amount is None else amount(a.amount, cur)
        info = trades.resolve(s, ctx.actor, a.id, a.outcome, a.note, amount=agreed)
        out = trade_json(info, cur)
    ctx.emit(out, _trade_text(out, f"resolved: {out['status']}"))
    return 0


def cmd_trade_list(ctx: Context) -> int:
    from localex_desktop.services import trades
    from localex_desktop.services.fields import trades as trade_fields

    a = ctx.args
    flt = trades.TradeFilter(
        status=a.status, member_id=a.member, since=a.since, until=a.until, batch_id=a.batch
    )
    return list_rows(
        ctx,
        "trades",
        trade_fields.FIELDS,
        lambda s, n: trades.search(s, ctx.actor, flt, limit=n),
        trade_json,
    )


def _read_slips(path: str) -> list[Any]:
    import csv
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
                f"Line {number} has {counted(len(cells), 'column')}; a slip needs at least 4.",
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
        "total": fmt(report.total, cur),
        "control_count": report.control_count,
        "control_total": fmt(report.control_total, cur),
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
    from localex_desktop.services import settings, slips

    a = ctx.args
    items = _read_slips(a.file)
    db = ctx.migrated_db()
    try:
        with db.transaction() as s:
            cur = settings.currency(s)
            total = amount(a.total, cur, "control total")
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
        print(printable(f"localex: {exc}"), file=sys.stderr)
        print(printable(_report_text(exc.report)), file=sys.stderr)
        return 1
    out.update(batch_id=result.batch_id, trades=result.trade_ids)
    ctx.emit(
        out,
        f"Batch {result.batch_id} posted: {len(result.trade_ids)} slips, {out['total']} in all "
        f"(trades {result.trade_ids[0]}–{result.trade_ids[-1]}).",
    )
    return 0
