"""A report on paper: its tables (from :func:`exports.report_tables`) as an HTML page,
painted by :mod:`printing.paged` onto a PDF file or a printer.

The same tables feed "Save as…" (CSV/XLSX), so the printed figures are the exported
ones: exact decimal amounts, right-aligned, never floats.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from html import escape
from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice

from localex_desktop.domain.money import Currency, format_amount
from localex_desktop.printing.paged import Part, ensure_gui_app, paint_parts, pdf_writer
from localex_desktop.services import exports
from localex_desktop.services.exports import Cell, Table

# Qt reads margins in px only (1px = 1/96 inch, scaled to the printer); "pt" is ignored
_STYLE = """
<style>
h1 { font-size: 14pt; margin: 0 0 5px 0; }
h2 { font-size: 11pt; margin: 14px 0 4px 0; }
p.sub { margin: 0 0 13px 0; color: #444; }
table.report { border-collapse: collapse; }
table.report th { background: #e8e8e8; border-bottom: 1px solid #888; }
table.report td { border-bottom: 1px solid #ddd; }
tr.total td { font-weight: bold; border-top: 1px solid #888; }
</style>
"""


def heading(name: str) -> str:
    """A column's export name as people read it: "net_volume" → "Net volume"."""
    words = name.replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def cell_text(value: Cell) -> str:
    """A cell as the page shows it: as a file holds it, but a time in local minutes."""
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    return exports.cell_text(value)


def _is_total(row: Sequence[Cell]) -> bool:
    return any(isinstance(v, str) and v in ("TOTAL", "total") for v in row)


def _numeric(table: Table, i: int) -> bool:
    """Amount columns, and columns holding only numbers, are right-aligned."""
    if table.headers[i] in table.amount_columns:
        return True
    values = [r[i] for r in table.rows if r[i] is not None and not _is_total(r)]
    return bool(values) and all(
        isinstance(v, int | Decimal) and not isinstance(v, bool) for v in values
    )


def _amount_text(value: Cell, currency: Currency | None) -> str:
    """An amount cell as the currency writes it (hours:minutes, the locale's marks) when
    the currency is given; else as the file holds it."""
    if currency is not None and isinstance(value, Decimal):
        minor = value.scaleb(currency.decimals)
        if minor == minor.to_integral_value():  # an average's fraction stays as it is
            return format_amount(int(minor), currency)
    if currency is not None and isinstance(value, date) and not isinstance(value, datetime):
        return value.strftime(currency.style.date)
    return cell_text(value)


def table_html(
    table: Table, *, caption: str | None = None, currency: Currency | None = None
) -> str:
    numeric = {i for i in range(len(table.headers)) if _numeric(table, i)}
    amounts = {i for i, h in enumerate(table.headers) if h in table.amount_columns}
    head = "".join(
        f"<th align='right'>{escape(heading(h))}</th>"
        if i in numeric
        else f"<th align='left'>{escape(heading(h))}</th>"
        for i, h in enumerate(table.headers)
    )
    body = []
    for row in table.rows:
        cells = "".join(
            f"<td align='right'>{escape(_amount_text(v, currency if i in amounts else None))}</td>"
            if i in numeric
            else f"<td>{escape(_amount_text(v, currency)) or '&nbsp;'}</td>"
            for i, v in enumerate(row)
        )
        body.append(f"<tr class='total'>{cells}</tr>" if _is_total(row) else f"<tr>{cells}</tr>")
    title = f"<h2>{escape(caption)}</h2>" if caption else ""
    return (
        f"{title}<table class='report' width='100%' cellspacing='0' cellpadding='5'>"
        f"<thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table>"
    )


def report_html(
    title: str, subtitle: str, tables: Sequence[Table], currency: Currency | None = None
) -> str:
    parts = [f"<html><head>{_STYLE}</head><body><h1>{escape(title)}</h1>"]
    if subtitle:
        parts.append(f"<p class='sub'>{escape(subtitle)}</p>")
    for table in tables:
        caption = heading(table.name) if len(tables) > 1 else None
        parts.append(table_html(table, caption=caption, currency=currency))
        if not table.rows:
            parts.append("<p><i>Nothing to show.</i></p>")
    parts.append("</body></html>")
    return "".join(parts)


def document_title(title: str, subtitle: str) -> str:
    """ "Member balances — Active, at the end of 2026-03-31": what and when."""
    return f"{title} — {subtitle}" if subtitle else title


def paint_report(
    device: QPagedPaintDevice,
    title: str,
    subtitle: str,
    tables: Sequence[Table],
    *,
    exchange: str,
    printed_on: date | None = None,
    currency: Currency | None = None,
) -> int:
    """Paint the report on a QPdfWriter or QPrinter; returns the number of pages.

    With ``currency`` the amounts and dates are written its way (the GUI's locale,
    hours:minutes); without, as the exported files hold them."""
    dated = f"Printed {(printed_on or date.today()).isoformat()}"
    html = report_html(title, subtitle, tables, currency)
    return paint_parts(device, [Part(html, title)], exchange, dated)


def write_report_pdf(
    path: Path,
    title: str,
    subtitle: str,
    tables: Sequence[Table],
    *,
    exchange: str,
    currency: Currency | None = None,
) -> int:
    ensure_gui_app()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    writer = pdf_writer(tmp, document_title(title, subtitle), exchange)
    pages = paint_report(writer, title, subtitle, tables, exchange=exchange, currency=currency)
    del writer  # finishes the file
    tmp.replace(path)
    return pages
