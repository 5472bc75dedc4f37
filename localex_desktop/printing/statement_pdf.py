"""Member statements as PDF (or on a printer): one file per member, or one combined file.

Each statement starts on a new page and numbers its own pages ("Page 1 of 2"); the
header carries the exchange's name and the date printed. Amounts come formatted with
the exchange's currency (:func:`format_amount`), never as floats.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice

from localex_desktop.domain.latin import to_ascii
from localex_desktop.domain.money import Currency, format_amount
from localex_desktop.printing.paged import PagedPainter, Part, ensure_gui_app, pdf_writer
from localex_desktop.services.statements import Statement

# Qt reads padding and margins in px only (1px = 1/96 inch, scaled to the printer); "pt" is ignored
_STYLE = """
<style>
h1 { font-size: 15pt; margin: 0 0 3px 0; }
p.sub { margin: 0 0 11px 0; color: #444; }
table.lines { border-collapse: collapse; }
table.lines th { background: #e8e8e8; text-align: left; padding: 2px 5px;
                 border-bottom: 1px solid #888; }
table.lines td { padding: 0 5px; border-bottom: 1px solid #ddd; }
td.num, th.num { text-align: right; }
td.day, td.num { white-space: nowrap; }
tr.sum td { font-weight: bold; border-top: 1px solid #888; }
table.facts td { padding: 1px 16px 1px 0; }
p.check { margin: 14px 0 0 0; color: #444; }
</style>
"""


def _period(st: Statement, pattern: str = "%Y-%m-%d") -> str:
    """ "2026-03-01 to 2026-03-31", or "up to 2026-03-31" for a statement from the start
    (ISO in the file's metadata; the page writes dates the currency's style's way)."""
    if st.since is None:
        return f"up to {st.until.strftime(pattern)}"
    return f"{st.since.strftime(pattern)} to {st.until.strftime(pattern)}"


def statement_html(st: Statement, cur: Currency, exchange: str) -> str:
    def amt(minor: int | None) -> str:
        return "none" if minor is None else escape(format_amount(minor, cur))

    def day(value: date) -> str:
        return value.strftime(cur.style.date)

    who = escape(st.name)
    rows = [
        f"<tr><td class='day'>{escape(day(st.since)) if st.since else ''}</td>"
        f"<td colspan='3'><i>Balance brought forward</i></td>"
        f"<td class='num'>{amt(st.brought_forward)}</td></tr>"
    ]
    for ln in st.lines:
        rows.append(
            "<tr>"
            f"<td class='day'>{day(ln.value_date)}</td>"
            f"<td>{escape(ln.other_party)}</td>"
            f"<td>{escape(ln.memo) or '&nbsp;'}</td>"
            f"<td class='num'>{amt(ln.amount)}</td>"
            f"<td class='num'>{amt(ln.balance)}</td>"
            "</tr>"
        )
    rows.append(
        f"<tr class='sum'><td class='day'>{day(st.until)}</td>"
        "<td colspan='3'>Closing balance</td>"
        f"<td class='num'>{amt(st.closing_balance)}</td></tr>"
    )
    address = "<br/>".join(escape(x) for x in st.address.splitlines() if x.strip())
    facts = [
        ("Member", f"{who} (number {st.member_id})"),
        ("Period", escape(_period(st, cur.style.date))),
        ("Brought forward", amt(st.brought_forward)),
        ("Received", amt(st.total_in)),
        ("Paid", amt(st.total_out)),
        ("Closing balance", f"<b>{amt(st.closing_balance)}</b>"),
        ("Credit limit", amt(st.credit_limit)),
    ]
    if st.available is not None:
        facts.append(("Available to spend", amt(st.available)))
    if st.upper_limit is not None:
        facts.append(("Upper limit", amt(st.upper_limit)))
    facts_html = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in facts)
    return (
        f"<html><head>{_STYLE}</head><body>"
        f"<h1>Statement of account</h1>"
        f"<p class='sub'>{escape(exchange)} · amounts in {escape(cur.name)} "
        f"({escape(cur.symbol)})</p>"
        f"<p><b>{who}</b>{'<br/>' + address if address else ''}</p>"
        f"<table class='facts'>{facts_html}</table><br/>"
        "<table class='lines' width='100%'><thead><tr>"
        "<th width='13%'>Date</th><th width='24%'>Other party</th><th>Memo</th>"
        "<th class='num' width='13%'>Amount</th><th class='num' width='13%'>Balance</th>"
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        + ("" if st.lines else "<p><i>No entries in this period.</i></p>")
        + _check_html(st)
        + "</body></html>"
    )


def _check_html(st: Statement) -> str:
    """The check code at the end: what it is for, in one line a member can act on."""
    if not st.check_code:
        return ""
    return (
        f"<p class='check'>Check code <b><tt>{escape(st.check_code)}</tt></b> · your history "
        f"up to {st.until.isoformat()}. Your exchange can confirm with it that this "
        "history has not been changed since this statement was printed.</p>"
    )


def document_title(statements: Sequence[Statement], exchange: str) -> str:
    """The PDF's title: the member and period for one statement, the exchange for more."""
    if len(statements) == 1:
        st = statements[0]
        return f"Statement — {st.name} ({st.member_id}) — {_period(st)}"
    period = f" — {_period(statements[0])}" if statements else ""
    return f"Statements — {exchange}{period}"


def part(st: Statement, currency: Currency, exchange: str) -> Part:
    """One member's statement as a part of a print run (its own page numbers)."""
    return Part(statement_html(st, currency, exchange), f"Statement — {st.name} ({st.member_id})")


Progress = Callable[[int, Statement], bool]
"""Called before statement ``n`` (from 0) is drawn; returning False stops the run there."""


@dataclass(frozen=True)
class Written:
    files: list[Path]  # the PDF files written (none when stopped in a combined file)
    done: int  # statements drawn
    stopped: bool


def _printed(printed_on: date | None) -> str:
    return f"Printed {(printed_on or date.today()).isoformat()}"


def paint_statements(
    device: QPagedPaintDevice,
    statements: Sequence[Statement],
    *,
    exchange: str,
    currency: Currency,
    printed_on: date | None = None,
    progress: Progress | None = None,
) -> int:
    """Paint statements on a QPdfWriter or QPrinter, each member from a new page;
    returns how many were drawn (fewer when ``progress`` stopped the run)."""
    ensure_gui_app()
    with PagedPainter(device, exchange, _printed(printed_on)) as painter:
        for n, st in enumerate(statements):
            if progress is not None and not progress(n, st):
                return n
            painter.add(part(st, currency, exchange))
    return len(statements)


def slug(text: str) -> str:
    ascii_text = to_ascii(text)
    return re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-").lower() or "member"


def file_name(st: Statement) -> str:
    return f"statement-{st.member_id:04d}-{slug(st.name)}-{st.until.isoformat()}.pdf"


def write_statements(
    statements: Sequence[Statement],
    out: Path,
    *,
    exchange: str,
    currency: Currency,
    combined: bool = True,
    printed_on: date | None = None,
    progress: Progress | None = None,
) -> Written:
    """Write one combined PDF at ``out``, or one PDF per member into the folder ``out``.

    A combined file is written beside ``out`` and renamed when complete, so a run that
    fails or is stopped leaves no half-written file; files already written one per
    member stay."""
    ensure_gui_app()
    if combined:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(out.name + ".part")
        writer = pdf_writer(tmp, document_title(statements, exchange), exchange)
        try:
            done = paint_statements(
                writer, statements, exchange=exchange, currency=currency,
                printed_on=printed_on, progress=progress,
            )  # fmt: skip
        except BaseException:
            del writer
            tmp.unlink(missing_ok=True)
            raise
        del writer  # finishes the file
        if done < len(statements):
            tmp.unlink(missing_ok=True)
            return Written([], done, True)
        tmp.replace(out)
        return Written([out], done, False)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for n, st in enumerate(statements):
        if progress is not None and not progress(n, st):
            return Written(written, n, True)
        path = out / file_name(st)
        writer = pdf_writer(path, document_title([st], exchange), exchange)
        paint_statements(writer, [st], exchange=exchange, currency=currency, printed_on=printed_on)
        del writer
        written.append(path)
    return Written(written, len(statements), False)
