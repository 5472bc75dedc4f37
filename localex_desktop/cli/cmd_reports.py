"""`localex statement`, `directory`, `report …`, `export …`.

PDF output is drawn with Qt: its modules (``localex_desktop.printing``) are imported
inside the handlers only, so every other command starts without loading Qt.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from localex_desktop.cli import args
from localex_desktop.cli.base import Context, table
from localex_desktop.domain.words import counted

if TYPE_CHECKING:
    from localex_desktop.domain.money import Currency

REPORTS = ("trial-balance", "balances", "volume", "activity", "velocity")
EXPORTS = ("members", "listings", "trades", "transactions", "audit", "beancount", "journal")


def _date(text: str) -> date:
    import argparse

    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-31") from None


def _dialect_option(p: Any) -> None:
    p.add_argument(
        "--dialect",
        choices=("plain", "locale"),
        default="plain",
        help="CSV: plain (commas, decimal points; the default, for scripts) or locale (as "
        "this computer's spreadsheet reads it: semicolons and decimal commas where the "
        "locale writes decimal commas)",
    )


def _dialect(ctx: Context) -> Any:
    from localex_desktop.services import exports

    return exports.locale_dialect() if ctx.args.dialect == "locale" else exports.PLAIN_CSV


def register(sub: Any) -> None:
    p = sub.add_parser("statement", help="member statements as PDF")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("member", nargs="?", type=args.record_id, metavar="MEMBER_ID")
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
    p.add_argument("--months", type=args.count, default=6, help="activity: dormant after N months")
    p.add_argument("--status", choices=["active", "suspended", "left"], help="balances only")
    p.add_argument("--out", type=Path, metavar="FILE", help="write FILE.csv, FILE.xlsx or FILE.pdf")
    _dialect_option(p)
    p.set_defaults(handler=cmd_report)

    p = sub.add_parser(
        "export", help="members, listings, trades, … to CSV/XLSX; Beancount, hledger journal"
    )
    p.add_argument("what", choices=EXPORTS)
    p.add_argument(
        "--out", required=True, type=Path, metavar="PATH", help=".csv, .xlsx, .beancount, .journal"
    )
    p.add_argument("--search", default="", metavar="TEXT", help="members, listings, trades, memo")
    p.add_argument("--status", help="members, listings, trades")
    p.add_argument(
        "--member", type=args.record_id, metavar="ID", help="listings, trades, transactions"
    )
    p.add_argument("--kind", help="listings (offer/want), transactions (trade, levy, …)")
    p.add_argument("--category", metavar="ID_OR_PATH", help="listings, transactions")
    p.add_argument("--from", dest="since", type=_date, metavar="DATE")
    p.add_argument("--to", dest="until", type=_date, metavar="DATE")
    p.add_argument("--directory", action="store_true", help="listings: only what is listed")
    p.add_argument("--entity", help="audit: member, listing, transaction, …")
    p.add_argument("--operator", help="audit: who did it")
    _dialect_option(p)
    p.set_defaults(handler=cmd_export)


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
                "check_code": st.check_code,
            }
            for st in sts
        ],
    }
    where = str(written[0]) if len(written) == 1 else f"{len(written)} files in {out}"
    ctx.emit(data, f"{counted(len(sts), 'statement')} written to {where}.")
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
    from localex_desktop.services import exports, report_titles, reports, settings
    from localex_desktop.services.report_titles import Heading

    a = ctx.args
    at: date = a.at or a.until or date.today()
    pdf = a.out is not None and a.out.suffix.lower() == ".pdf"
    if a.out is not None and not pdf:
        exports.format_of(a.out)  # a wrong file name is refused before any reading
    with ctx.migrated_db().transaction() as s:
        cur = settings.currency(s)
        exchange = str(settings.get(s, "exchange_name"))
        report: Any
        heading: Heading
        if a.report == "trial-balance":
            report = reports.trial_balance(s, ctx.actor, at)
            heading = report_titles.trial_balance(at)
        elif a.report == "balances":
            report = reports.balances_at(s, ctx.actor, at, members_only=True, status=a.status)
            heading = report_titles.balances(at, a.status)
        elif a.report == "volume":
            report = reports.volume(s, ctx.actor, a.since, a.until)
            heading = report_titles.volume(a.since, a.until)
        elif a.report == "activity":
            report = reports.activity(s, ctx.actor, a.months, at)
            heading = report_titles.activity(a.months, at)
        else:
            report = reports.velocity(s, ctx.actor, a.since, a.until)
            heading = report_titles.velocity(report.since, report.until)
    tables = exports.report_tables(report, cur)
    if pdf:
        from localex_desktop.printing.report_pdf import write_report_pdf

        pages = write_report_pdf(
            a.out, heading.title, heading.subtitle, tables, exchange=exchange, currency=cur
        )
        ctx.emit(
            {"file": str(a.out), "pages": pages, "title": heading.title,
             "subtitle": heading.subtitle},
            f"{heading.title} ({counted(pages, 'page')}) written to {a.out}.",
        )  # fmt: skip
    elif a.out is not None:
        n = exports.write_tables(tables, a.out, dialect=_dialect(ctx))
        ctx.emit({"file": str(a.out), "rows": n}, f"{n} rows written to {a.out}.")
    if a.out is not None:
        return 0
    data = [
        {"name": t.name, "rows": [dict(zip(t.headers, r, strict=True)) for r in t.rows]}
        for t in tables
    ]
    ctx.emit(data, lambda: "\n\n".join(_text_table(t) for t in tables))
    if isinstance(report, reports.TrialBalance) and not report.balanced:
        return _unbalanced(report, cur)
    return 0


def _unbalanced(report: Any, cur: Currency) -> int:
    print(
        f"localex: the trial balance does not add up to zero ({_fmt(report.total, cur)}); "
        "run `localex verify`.",
        file=sys.stderr,
    )
    return 3


def _text_table(t: Any) -> str:
    from localex_desktop.services.exports import cell_text
    from localex_desktop.services.fields.members import status_text

    # members' statuses in the words the member list uses ("Active", not "active")
    status = t.headers.index("status") if "status" in t.headers else -1

    def text(i: int, v: Any) -> str:
        return status_text(v) if i == status and isinstance(v, str) else cell_text(v)

    return f"{t.name}\n" + table([[text(i, v) for i, v in enumerate(r)] for r in t.rows], t.headers)


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
        if a.what == "journal":
            js = exports.export_hledger(s, ctx.actor, out, until=a.until)
            ctx.emit(
                {"file": str(out), "transactions": js.transactions,
                 "accounts": js.accounts, "commodity": js.commodity},
                f"{js.transactions} transactions on {js.accounts} accounts "
                f"written to {out} (hledger journal, in {js.commodity}).",
            )  # fmt: skip
            return 0
        exports.format_of(out)
        t = _export_table(ctx, s)
    n = exports.write_table(t, out, dialect=_dialect(ctx))
    if a.what == "transactions":  # a row per entry: not "4 transactions rows" for two
        said = f"{counted(n, 'row')} (one per entry)"
    else:
        said = f"{n} {a.what} rows"
    ctx.emit({"file": str(out), "rows": n}, f"{said} written to {out}.")
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
