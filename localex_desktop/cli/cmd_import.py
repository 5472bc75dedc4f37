"""`localex import members|listings|balances FILE`: the import wizard in one go.

Reads the file, maps its columns (``--mapping`` overrides), checks every row in a
READ ONLY transaction and, when no row has an error, imports them all in one
transaction; ``--dry-run`` stops after the check.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from localex_desktop.cli.base import Context
from localex_desktop.domain.text import printable
from localex_desktop.domain.words import counted

if TYPE_CHECKING:
    from localex_desktop.domain.money import Currency

IMPORTS = ("members", "listings", "balances")
DATE_ORDERS = ("dmy", "mdy", "ymd")  # services.imports.DateOrder, without importing it


def register(sub: Any) -> None:
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
    p.add_argument(
        "--dates",
        choices=DATE_ORDERS,
        help="how dates such as 03/04/2024 are written: day first (dmy: 3 April), month "
        "first (mdy: March 4) or year first (ymd); needed when the file does not tell",
    )
    p.set_defaults(handler=cmd_import)


def _fmt(minor: int | None, cur: Currency) -> str:
    from localex_desktop.domain.money import format_amount

    return "" if minor is None else format_amount(minor, cur)


def cmd_import(ctx: Context) -> int:
    # imported here, not at the top, so that `localex --version` loads no database code
    from localex_desktop.services import imports, settings
    from localex_desktop.services.work import run_change, run_query

    a = ctx.args
    options = imports.ImportOptions(allow_over_limit=a.allow_over_limit, memo=a.memo)
    flow = imports.ImportFlow(a.what, options)
    flow.set_dates(a.dates)
    flow.choose_file(a.path)
    if a.encoding or a.delimiter or a.sheet:
        flow.set_format(encoding=a.encoding, delimiter=a.delimiter, sheet=a.sheet)
    flow.to_mapping(a.mapping)
    problems = flow.mapping_problems()
    source = flow.source
    assert source is not None
    from localex_desktop.domain.errors import ValidationError

    if problems:
        cols = ", ".join(f"{h!r}→{flow.mapping.get(i, '-')}" for i, h in enumerate(source.headers))
        raise ValidationError(
            " ".join(problems) + f" Columns: {cols}.",
            hint="Map columns with --mapping 'Column=field'.",
        )
    question = flow.date_question()
    if question is not None:
        raise ValidationError(
            question,
            hint="Say which with --dates dmy (day first: 03/04/2024 is 3 April) or "
            "--dates mdy (month first: March 4).",
        )
    warning = flow.unmapped_warning()
    if warning is not None:
        print(f"localex: warning: {printable(warning)}", file=sys.stderr)
    db = ctx.migrated_db()
    cur, preview = run_query(
        db, ctx.actor, lambda s, actor: (settings.currency(s), flow.run_preview(s, actor))
    )
    data = _preview_json(flow, preview, cur)
    if not preview.ok:
        if ctx.json:
            ctx.emit(data)
        for e in preview.errors:
            print(printable(f"localex: {source.name} {e}"), file=sys.stderr)
        conflicts = len(preview.conflicts)
        also = f", {conflicts} of them naming someone else" if conflicts else ""
        print(
            f"localex: {counted(len(preview.errors), 'row')} have errors{also}; "
            "nothing was imported.",
            file=sys.stderr,
        )
        if conflicts:
            number = next((source.headers[i] for i, f in flow.mapping.items() if f == "number"), "")
            leave_out = f" (--mapping '{number}=-')" if number else ""
            print(
                "localex: hint: those numbers or emails belong to other members. If they come "
                f"from another system, leave the number column out{leave_out} so the new "
                "members are numbered after the existing ones; else correct the file.",
                file=sys.stderr,
            )
        return 1
    if a.dry_run or not preview.to_create:
        data["imported"] = False
        ctx.emit(data, lambda: _preview_text(flow, preview, cur, dry_run=a.dry_run))
        return 0
    result = run_change(db, ctx.actor, flow.commit).value
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
        "errors": [{"line": e.line, "column": e.column, "message": e.message, "kind": e.kind}
                   for e in preview.errors],
        "warnings": preview.warnings,
        "dates": None if preview.dates is None else preview.dates.value,
        "new_categories": preview.new_categories,
        "total": _fmt(preview.total, cur) if flow.kind.value == "balances" else None,
        "rows": [{"line": r.line, "action": r.action, **plain(r.values)}
                 for r in preview.rows],
    }  # fmt: skip


def _preview_text(flow: Any, preview: Any, cur: Currency, *, dry_run: bool) -> str:
    from localex_desktop.services.imports import show, shown_fields

    source = flow.source
    lines = [f"{source.name}: {source.describe}"]
    lines.append(
        "columns: "
        + ", ".join(f"{source.headers[i]} → {f}" for i, f in sorted(flow.mapping.items()))
    )
    if dry_run:
        shown = shown_fields(flow.kind, flow.mapping)
        for r in preview.to_create:
            cells = [(f.label.lower(), show(r.values.get(f.key), f.type, cur)) for f in shown]
            lines.append(f"line {r.line}: to add: " + ", ".join(f"{k} {t}" for k, t in cells if t))
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
