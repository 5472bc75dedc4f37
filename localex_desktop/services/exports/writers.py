"""Writing tables to files: CSV and XLSX, each written to ``NAME.part`` and renamed.

* Amounts are exact. CSV holds decimal text ("12.50"); XLSX holds :class:`Decimal`
  numbers (written to the file as the same decimal text) with a number format of the
  currency's decimal places, so a spreadsheet can add them up and nothing passes
  through a binary float on the way out.
* CSV files are UTF-8 with a byte-order mark (Excel then reads accents correctly), comma
  separated, one header row; timestamps are ISO 8601 with their UTC offset.
* Text never becomes a formula. A name typed as ``=HYPERLINK(…)`` or ``+cmd|…`` would
  run when the file is opened in a spreadsheet: in CSV a text cell that begins with
  ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading ``'`` (which
  spreadsheets read as "this is text"); in XLSX every text cell is stored as text.
  Numbers are never touched: a negative amount stays a number.
* A table's totals (:attr:`Table.footer`) are not written: the data rows are the file,
  and a spreadsheet's SUM of a column is the total.
* XLSX is written in openpyxl's write-only mode: rows stream to the file, so a sheet of
  many thousand rows takes seconds, not minutes.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from localex_desktop.domain.errors import ValidationError
from localex_desktop.services.exports.tables import Cell, Table

FORMATS = ("csv", "xlsx")
#: how a text cell may begin that a spreadsheet would read as a formula
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: how many rows the XLSX column widths are measured on
WIDTH_SAMPLE = 200
MAX_WIDTH = 60
DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
DATE_FORMAT = "yyyy-mm-dd"
#: the texts openpyxl would store as error values rather than text (its ERROR_CODES)
_ERROR_CODES = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"})


def format_of(path: Path, fmt: str | None = None) -> str:
    """``csv`` or ``xlsx`` from the file name (or ``fmt``); anything else is refused."""
    chosen = (fmt or path.suffix.lstrip(".")).lower()
    if chosen not in FORMATS:
        raise ValidationError(
            f"Cannot export to {path.name!r}: the file name must end in .csv or .xlsx.",
            field="out",
        )
    return chosen


def cell_text(value: Cell) -> str:
    """A cell as plain text: decimals as they are, dates in ISO 8601, yes/no."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def csv_text(value: Cell) -> str:
    """A cell for a CSV file: :func:`cell_text`, with text that looks like a formula
    made plain text by a leading ``'``."""
    text = cell_text(value)
    if isinstance(value, str) and text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def write_csv(table: Table, out: TextIO) -> None:
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(table.headers)
    for row in table.data_rows:
        w.writerow([csv_text(v) for v in row])


def _widths(table: Table) -> list[float]:
    sample = table.data_rows[:WIDTH_SAMPLE]
    return [
        min(max([len(h), *(len(cell_text(r[i])) for r in sample)]) + 2, MAX_WIDTH)
        for i, h in enumerate(table.headers)
    ]


def _xlsx_row(
    row: Sequence[Cell], new_cell: Callable[[Any], Any], amount_idx: set[int], money: str
) -> list[Any]:
    """One row as openpyxl cells (``new_cell(value)``): amounts and dates formatted,
    text kept as text."""
    out: list[Any] = []
    for i, v in enumerate(row):
        if i in amount_idx and (v is None or isinstance(v, Decimal | int)):
            cell = new_cell(v)  # an empty amount cell is formatted too
            cell.number_format = money
            out.append(cell)
        elif v is None or isinstance(v, bool):
            out.append(v)
        elif isinstance(v, str) and (v.startswith("=") or v in _ERROR_CODES):
            cell = new_cell(v)
            cell.data_type = "s"  # text, not the formula or error code openpyxl would make
            out.append(cell)
        elif isinstance(v, datetime):
            # Excel has no time zones: the local wall-clock time of the posting
            cell = new_cell(v.replace(tzinfo=None))
            cell.number_format = DATETIME_FORMAT
            out.append(cell)
        elif isinstance(v, date):
            cell = new_cell(v)
            cell.number_format = DATE_FORMAT
            out.append(cell)
        else:
            out.append(v)
    return out


def write_xlsx(tables: Iterable[Table], path: Path) -> None:
    """One sheet per table: a bold header row kept in view, then the data rows."""
    # openpyxl takes a fifth of a second to import: only an XLSX export pays for it
    from openpyxl import Workbook
    from openpyxl.cell.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    bold = Font(bold=True)
    for table in tables:
        ws = wb.create_sheet(table.name[:31])
        for i, width in enumerate(_widths(table)):  # before any row, in write-only mode
            ws.column_dimensions[get_column_letter(i + 1)].width = width
        ws.freeze_panes = "A2"

        def new_cell(value: Any, ws: Any = ws) -> Any:
            return WriteOnlyCell(ws, value=value)

        header = [new_cell(h) for h in table.headers]
        for cell in header:
            cell.font = bold
        ws.append(header)
        money = "0" if table.decimals == 0 else "0." + "0" * table.decimals
        amount_idx = {i for i, h in enumerate(table.headers) if h in table.amount_columns}
        for row in table.data_rows:
            ws.append(_xlsx_row(row, new_cell, amount_idx, money))
    wb.save(path)


#: exports hold members' names and balances: readable by their owner only (the person
#: may share the file on purpose; nobody else on the computer reads it by default)
EXPORT_MODE = 0o600


def private_part(path: Path) -> Path:
    """The ``.part`` file an export is written to first, made 0600 before any byte (a
    later ``open(…, "w")`` or openpyxl's save keeps the mode), then renamed over
    ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, EXPORT_MODE)
    os.close(fd)
    if os.name != "nt":
        os.chmod(tmp, EXPORT_MODE)  # it may have been there already, looser
    return tmp


def write_table(table: Table, path: Path, fmt: str | None = None) -> int:
    """Write ``table`` as CSV or XLSX (by the file name); returns the number of rows."""
    chosen = format_of(path, fmt)
    tmp = private_part(path)
    if chosen == "csv":
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            write_csv(table, fh)
    else:
        write_xlsx([table], tmp)
    tmp.replace(path)
    return len(table.data_rows)


def write_tables(tables: list[Table], path: Path) -> int:
    """Several tables: sheets of one XLSX workbook, or one CSV after another (blank line).

    Returns the number of data rows written (totals are left out: see the module)."""
    chosen = format_of(path)
    tmp = private_part(path)
    if chosen == "xlsx":
        write_xlsx(tables, tmp)
    else:
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            for i, t in enumerate(tables):
                if i:
                    fh.write("\r\n")
                write_csv(t, fh)
    tmp.replace(path)
    return sum(len(t.data_rows) for t in tables)
