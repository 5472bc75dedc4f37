"""`localex statement`, `directory`, `report …`, `export …`, `import …`.

PDF output is drawn with Qt: its modules (``localex_desktop.printing``) are imported
inside the handlers only, so every other command starts without loading Qt.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from localex_desktop.cli.base import Context, table

if TYPE_CHECKING:
    from localex_desktop.domain.money import Currency

REPORTS = ("trial-balance", "balances", "volume", "activity", "velocity")
EXPORTS = ("members", "listings", "trades", "transactions", "audit", "beancount")
IMPORTS = ("members", "listings", "balances")


def _date(text: str) -> date:
    import argparse

    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-31") from None


def register(sub: Any) -> None:
    p = sub.add_parser("statement", help="member statements as PDF")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("member", nargs="?", type=int, metavar="MEMBER_ID")
    who.add_argument("--all", action="store_true", help="every active member")
    p.add_argument("--from", dest="since", type=_date, metavar="DATE", help="first day")
    p.add_argument("--to", dest="until", type=_date, metavar="DATE", help="last day (today)")
    p.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="PATH",
        help="the PDF file; with --all and without --combined, a folder for one PDF each",
    )
    p.add_argument("--combined", action="store_true", help="with --all: one PDF, a page each")
    p.set_defaults(handler=cmd_statement)

    p = sub.add_parser("directory", help="the directory of offers and wants as PDF")
    p.add_argument("--out", required=True, type=Path, metavar="PATH")
    p.set_defaults(handler=cmd_directory)

    p = sub.add_parser("report", help="trial balance, balances, volume, activity, velocity")
    p.add_argument("report", choices=REPORTS)
    p.add_argument("--at", type=_date, metavar="DATE", help="as at the end of DATE (today)")
    p.add_argument("--from", dest="since", type=_date, metavar="DATE")
    p.add_argument("--to", dest="until", type=_date, metavar="DATE")
    p.add_argument("--months", type=int, default=6, help="activity: dormant after N months")
    p.add_argument("--status", choices=["active", "suspended", "left"], help="balances only")
    p.add_argument("--out", type=Path, metavar="FILE", help="write FILE.csv or FILE.xlsx")
    p.set_defaults(handler=cmd_report)

    p = sub.add_parser("export", help="members, listings, trades, … to CSV/XLSX; Beancount")
    p.add_argument("what", choices=EXPORTS)
    p.add_argument(
        "--out", required=True, type=Path, metavar="PATH", help=".csv, .xlsx, .beancount"
    )
    p.add_argument("--search", default="", metavar="TEXT", help="members, listings, trades, memo")
    p.add_argument("--status", help="members, listings, trades")
    p.add_argument("--member", type=int, metavar="ID", help="listings, trades, transactions")
    p.add_argument("--kind", help="listings (offer/want), transactions (trade, levy, …)")
    p.add_argument("--category", metavar="ID_OR_PATH", help="listings, transactions")
    p.add_argument("--from", dest="since", type=_date, metavar="DATE")
    p.add_argument("--to", dest="until", type=_date, metavar="DATE")
    p.add_argument("--directory", action="store_true", help="listings: only what is listed")
    p.add_argument("--entity", help="audit: member, listing, transaction, …")
    p.add_argument("--operator", help="audit: who did it")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("import", help="members, listings or opening balances from CSV/XLSX")
    p.add_argument("what", choices=IMPORTS)
    p.add_argument("path", type=Path, metavar="PATH")
    p.add_argument("--dry-run", action="store_true", help="check and show, write nothing")
    p.add_argument(
        "--mapping",
        nargs="+",
        action="extend",
        default=[],
        metavar="COL=FIELD",
        help="map a column (header or number) to a field; FIELD '-' ignores the column",
    )
    p.add_argument(
        "--allow-over-limit", action="store_true", help="balances: post past credit limits"
    )
    p.add_argument("--encoding", help="instead of detecting it: utf-8, cp1252, …")
    p.add_argument("--delimiter", help="instead of detecting it: comma, semicolon, tab")
    p.add_argument("--sheet", help="XLSX: the sheet to read (default: the first)")
    p.add_argument("--memo", help="balances: the memo of the opening transaction")
    p.set_defaults(handler=cmd_import)


def _fmt(minor: int | None, cur: Currency) -> str:
    from localex_desktop.domain.money import format_amount

    return "" if minor is None else format_amount(minor, cur)


# -- statement, directory --------------------------------------------------------------


def cmd_statement(ctx: Context) -> int:
    from localex_desktop.services import settings, statements

    a = ctx.args
    with ctx.migrated_db().transaction() as s:
        cur = settings.currency(s)
        exchange = str(settings.get(s, "exchange_name"))
        if a.all:
            sts = statements.statements_for_active(s, ctx.actor, a.since, a.until)
        else:
            sts = [statements.statement(s, ctx.actor, a.member, a.since, a.until)]
    if not sts:
        from localex_desktop.domain.errors import Refused

        raise Refused("There are no active members to print statements for.")
    out: Path = a.out
    combined = a.combined or not a.all
    if combined and out.suffix.lower() != ".pdf":
        out = out.with_suffix(".pdf") if not out.exists() or out.is_file() else out / "x.pdf"
    from localex_desktop.printing import statement_pdf

    written = statement_pdf.write_statements(
        sts, out, exchange=exchange, currency=cur, combined=combined
    ).files
    data = {
        "files": [str(p) for p in written],
        "statements": [
            {
                "member": st.member_id,
                "name": st.name,
                "brought_forward": _fmt(st.brought_forward, cur),
                "entries": len(st.lines),
                "closing_balance": _fmt(st.closing_balance, cur),
            }
            for st in sts
        ],
    }
    where = str(written[0]) if len(written) == 1 else f"{len(written)} files in {out}"
    ctx.emit(data, f"{len(sts)} statement(s) written to {where}.")
    return 0


def cmd_directory(ctx: Context) -> int:
    from localex_desktop.services import directory, settings

    with ctx.migrated_db().transaction() as s:
        cur = settings.currency(s)
        d = directory.build(s, ctx.actor)
    from localex_desktop.printing import directory_pdf

    out: Path = ctx.args.out
    if out.suffix.lower() != ".pdf":
        out = out.with_suffix(".pdf")
    directory_pdf.write_directory(d, out, currency=cur)
    ctx.emit(
        {"file": str(out), "offers": d.offer_count, "wants": d.want_count},
        f"Directory with {d.offer_count} offers and {d.want_count} wants written to {out}.",
    )
    return 0


# -- reports ---------------------------------------------------------------------------


def cmd_report(ctx: Context) -> int:
    from localex_desktop.services import exports, reports, settings

    a = ctx.args
    at: date = a.at or a.until or date.today()
    with ctx.migrated_db().transaction() as s:
        cur = settings.currency(s)
        report: Any
        if a.report == "trial-balance":
            report = reports.trial_balance(s, ctx.actor, at)
        elif a.report == "balances":
            report = reports.balances_at(s, ctx.actor, at, members_only=True, status=a.status)
        elif a.report == "volume":
            report = reports.volume(s, ctx.actor, a.since, a.until)
        elif a.report == "activity":
            report = reports.activity(s, ctx.actor, a.months, at)
        else:
            report = reports.velocity(s, ctx.actor, a.since, a.until)
    tables = exports.report_tables(report, cur)
    if a.out is not None:
        n = exports.write_tables(tables, a.out)
        ctx.emit({"file": str(a.out), "rows": n}, f"{n} rows written to {a.out}.")
        return 0
    data = [
        {"name": t.name, "rows": [dict(zip(t.headers, r, strict=True)) for r in t.rows]}
        for t in tables
    ]
    ctx.emit(data, lambda: "\n\n".join(_text_table(t) for t in tables))
    if isinstance(report, reports.TrialBalance) and not report.balanced:
        print(
            f"localex: the trial balance does not add up to zero ({_fmt(report.total, cur)}); "
            "run `localex verify`.",
            file=sys.stderr,
        )
        return 3
    return 0


def _text_table(t: Any) -> str:
    from localex_desktop.services.exports import _text

    return f"{t.name}\n" + table([[_text(v) for v in r] for r in t.rows], t.headers)


# -- exports ---------------------------------------------------------------------------


def cmd_export(ctx: Context) -> int:
    from localex_desktop.services import exports

    a = ctx.args
    out: Path = a.out
    with ctx.migrated_db().transaction() as s:
        if a.what == "beancount":
            summary = exports.export_beancount(s, ctx.actor, out, until=a.until)
            ctx.emit(
                {"file": str(out), "transactions": summary.transactions,
                 "accounts": summary.accounts, "commodity": summary.commodity},
                f"{summary.transactions} transactions on {summary.accounts} accounts "
                f"written to {out} (Beancount, in {summary.commodity}).",
            )  # fmt: skip
            return 0
        exports.format_of(out)
        t = _export_table(ctx, s)
    n = exports.write_table(t, out)
    ctx.emit({"file": str(out), "rows": n}, f"{n} {a.what} rows written to {out}.")
    return 0


def _export_table(ctx: Context, s: Any) -> Any:
    from localex_desktop.services import exports, ledger, listings

    a = ctx.args
    if a.what == "members":
        return exports.members_table(s, ctx.actor, a.search, status=a.status)
    if a.what == "listings":
        category = _category(ctx, s, a.category)
        flt = listings.ListingFilter(
            text=a.search, kind=a.kind, category_id=category, member_id=a.member,
            status=a.status, directory=a.directory,
        )  # fmt: skip
        return exports.listings_table(s, ctx.actor, flt)
    if a.what == "trades":
        from localex_desktop.services import trades

        tf = trades.TradeFilter(
            status=a.status, member_id=a.member, since=a.since, until=a.until, text=a.search
        )
        return exports.trades_table(s, ctx.actor, tf)
    if a.what == "transactions":
        jf = ledger.JournalFilter(
            member_id=a.member, kind=a.kind, category_id=_category(ctx, s, a.category),
            since=a.since, until=a.until, text=a.search or None,
        )  # fmt: skip
        return exports.transactions_table(s, ctx.actor, jf)
    af = exports.AuditFilter(entity=a.entity, operator=a.operator, since=a.since, until=a.until)
    return exports.audit_table(s, ctx.actor, af)


def _category(ctx: Context, s: Any, text: str | None) -> int | None:
    if not text:
        return None
    from localex_desktop.services import categories

    return categories.find(s, ctx.actor, text).id


# -- imports ---------------------------------------------------------------------------


def cmd_import(ctx: Context) -> int:
    from localex_desktop.services import imports, settings

    a = ctx.args
    flow = imports.ImportFlow(
        a.what, imports.ImportOptions(allow_over_limit=a.allow_over_limit, memo=a.memo)
    )
    flow.choose_file(a.path)
    if a.encoding or a.delimiter or a.sheet:
        flow.set_format(encoding=a.encoding, delimiter=a.delimiter, sheet=a.sheet)
    flow.to_mapping(a.mapping)
    problems = flow.mapping_problems()
    source = flow.source
    assert source is not None
    if problems:
        from localex_desktop.domain.errors import ValidationError

        cols = ", ".join(f"{h!r}→{flow.mapping.get(i, '-')}" for i, h in enumerate(source.headers))
        raise ValidationError(
            " ".join(problems) + f" Columns: {cols}.",
            hint="Map columns with --mapping 'Column=field'.",
        )
    db = ctx.migrated_db()
    with db.transaction() as s:
        cur = settings.currency(s)
        preview = flow.run_preview(s, ctx.actor)
    data = _preview_json(flow, preview, cur)
    if not preview.ok:
        if ctx.json:
            ctx.emit(data)
        for e in preview.errors:
            print(f"localex: {source.name} {e}", file=sys.stderr)
        print(
            f"localex: {len(preview.errors)} row(s) have errors; nothing was imported.",
            file=sys.stderr,
        )
        return 1
    if a.dry_run or not preview.to_create:
        data["imported"] = False
        ctx.emit(data, lambda: _preview_text(flow, preview, cur, dry_run=a.dry_run))
        return 0
    with db.transaction() as s:
        result = flow.commit(s, ctx.actor)
    data["imported"] = True
    data["created_ids"] = result.ids
    data["transaction_id"] = result.transaction_id
    ctx.emit(data, lambda: _preview_text(flow, preview, cur, dry_run=False))
    return 0


def _preview_json(flow: Any, preview: Any, cur: Currency) -> dict[str, Any]:
    source = flow.source

    def plain(v: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for k, x in v.items():
            if k in ("balance", "price", "credit_limit", "upper_limit") and isinstance(x, int):
                out[k] = _fmt(x, cur)
            elif isinstance(x, date):
                out[k] = x.isoformat()
            else:
                out[k] = x
        return out

    return {
        "file": source.name,
        "format": source.describe,
        "mapping": {source.headers[i]: f for i, f in sorted(flow.mapping.items())},
        "to_create": len(preview.to_create),
        "duplicates": [{"line": r.line, "note": r.note} for r in preview.duplicates],
        "skipped": [{"line": r.line, "note": r.note} for r in preview.skipped],
        "errors": [{"line": e.line, "column": e.column, "message": e.message}
                   for e in preview.errors],
        "new_categories": preview.new_categories,
        "total": _fmt(preview.total, cur) if flow.kind.value == "balances" else None,
        "rows": [{"line": r.line, "action": r.action, **plain(r.values)}
                 for r in preview.rows],
    }  # fmt: skip


def _preview_text(flow: Any, preview: Any, cur: Currency, *, dry_run: bool) -> str:
    source = flow.source
    lines = [f"{source.name}: {source.describe}"]
    lines.append(
        "columns: "
        + ", ".join(f"{source.headers[i]} → {f}" for i, f in sorted(flow.mapping.items()))
    )
    for r in preview.duplicates:
        lines.append(f"line {r.line}: already there, skipped: {r.note}")
    for r in preview.skipped:
        lines.append(f"line {r.line}: skipped: {r.note}")
    for c in preview.new_categories:
        lines.append(f"new category: {c}")
    if flow.kind.value == "balances" and preview.to_create:
        lines.append(f"opening balances total {_fmt(preview.total, cur)}")
    verb = "would be added (dry run: nothing written)" if dry_run else "added"
    if not preview.to_create:
        verb = "to add: nothing is new"
    lines.append(f"{len(preview.to_create)} {flow.kind.value} {verb}.")
    return "\n".join(lines)
