"""Writing tables to files: CSV and XLSX, each written to ``NAME.part`` and renamed.

* Amounts are exact. CSV holds decimal text ("12.50"); XLSX holds :class:`Decimal`
  numbers (written to the file as the same decimal text) with a number format of the
  currency's decimal places, so a spreadsheet can add them up and nothing passes
  through a binary float on the way out.
* CSV files are UTF-8 with a byte-order mark (Excel then reads accents correctly), comma
  separated, one header row; timestamps are ISO 8601 with their UTC offset. In the
  locale's spreadsheet dialect (:class:`CsvDialect`, :func:`locale_dialect`) a locale
  that writes decimal commas gets semicolons between the cells and "12,50" for the
  amounts, as LibreOffice and Excel there read and write CSV; the plain dialect (the
  default, for scripts) never changes with the computer.
* Text never becomes a formula. A name typed as ``=HYPERLINK(…)`` or ``+cmd|…`` would
  run when the file is opened in a spreadsheet: in CSV a text cell that begins with
  ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading ``'`` (which
  spreadsheets read as "this is text"); in XLSX every text cell is stored as text.
  Numbers are never touched: a negative amount stays a number.
* A table's totals (:attr:`Table.footer`) are not written: the data rows are the file,
  and a spreadsheet's SUM of a column is the total.
* XLSX sheets are set up for printing: landscape, fitted to the page's width, the
  header row repeated on every printed page.
* XLSX is written with XlsxWriter in its constant-memory mode: rows stream to the file,
  so a sheet of 200,000 rows takes seconds (openpyxl, which reads imports, stays for
  reading).
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
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


def format_of(path: Path, fmt: str | None = None) -> str:
    """``csv`` or ``xlsx`` from the file name (or ``fmt``); anything else is refused."""
    chosen = (fmt or path.suffix.lstrip(".")).lower()
    if chosen not in FORMATS:
        raise ValidationError(
            f"Cannot export to {path.name!r}: the file name must end in .csv or .xlsx.",
            field="out",
        )
    return chosen


@dataclass(frozen=True)
class CsvDialect:
    """How a CSV file separates its cells and writes a decimal number's fraction."""

    delimiter: str = ","
    decimal: str = "."


#: the default: commas and decimal points, the same on every computer (for scripts)
PLAIN_CSV = CsvDialect()
DIALECTS = ("plain", "locale")

#: languages whose usual number format writes a decimal comma (for when the C library
#: has no data for the locale named in the environment)
_COMMA_LANGUAGES = frozenset({
    "af", "az", "be", "bg", "bs", "ca", "cs", "da", "de", "el", "es", "et", "eu", "fi", "fo",
    "fr", "gl", "hr", "hu", "hy", "id", "is", "it", "ka", "kk", "ky", "lt", "lv", "mk", "mn",
    "nb", "nl", "nn", "no", "pl", "pt", "ro", "ru", "sk", "sl", "sq", "sr", "sv", "tr", "uk",
    "uz", "vi",
})  # fmt: skip
#: countries where those languages write a decimal point after all
_POINT_REGIONS = frozenset({"de_CH", "de_LI", "fr_CH", "it_CH", "es_MX", "es_US", "es_PR"})
_POINT_REGIONS |= {f"es_{c}" for c in ("DO", "GT", "HN", "NI", "PA", "SV")}


def dialect_for(decimal: str) -> CsvDialect:
    """The spreadsheet dialect of a locale writing ``decimal``: where the decimal mark is
    a comma, cells are separated by semicolons (the comma is taken)."""
    return CsvDialect(";", ",") if decimal == "," else PLAIN_CSV


def environment_decimal(environ: Mapping[str, str] | None = None) -> str:
    """The decimal mark of the locale the environment names (``LC_ALL``, then
    ``LC_NUMERIC``, then ``LANG``): from the C library when it knows the locale, else
    from the language and country ("de_DE.UTF-8": ",", "de_CH": ".", "en_GB": ".")."""
    env = os.environ if environ is None else environ
    name = next((env[k] for k in ("LC_ALL", "LC_NUMERIC", "LANG") if env.get(k)), "")
    if environ is None and name:
        import locale

        old = locale.setlocale(locale.LC_NUMERIC)
        try:
            locale.setlocale(locale.LC_NUMERIC, "")
            mark = str(locale.localeconv()["decimal_point"])
            if mark in (",", ".") and name not in ("C", "POSIX") and not name.startswith("C."):
                return mark
        except locale.Error:
            pass
        finally:
            locale.setlocale(locale.LC_NUMERIC, old)
    region = name.split(".")[0].split("@")[0]
    if region in _POINT_REGIONS:
        return "."
    return "," if region.split("_")[0].lower() in _COMMA_LANGUAGES else "."


def locale_dialect(environ: Mapping[str, str] | None = None) -> CsvDialect:
    """The spreadsheet dialect of this computer's locale (see :func:`environment_decimal`)."""
    return dialect_for(environment_decimal(environ))


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


def csv_text(value: Cell, dialect: CsvDialect = PLAIN_CSV) -> str:
    """A cell for a CSV file: :func:`cell_text`, with text that looks like a formula
    made plain text by a leading ``'``, and a number's decimal mark the dialect's."""
    text = cell_text(value)
    if isinstance(value, str) and text.startswith(FORMULA_STARTS):
        return "'" + text
    if dialect.decimal != "." and isinstance(value, Decimal | float):
        return text.replace(".", dialect.decimal)
    return text


def write_csv(table: Table, out: TextIO, dialect: CsvDialect = PLAIN_CSV) -> None:
    w = csv.writer(out, delimiter=dialect.delimiter, lineterminator="\r\n")
    w.writerow(table.headers)
    for row in table.data_rows:
        w.writerow([csv_text(v, dialect) for v in row])


def _widths(table: Table) -> list[float]:
    sample = table.data_rows[:WIDTH_SAMPLE]
    return [
        min(max([len(h), *(len(cell_text(r[i])) for r in sample)]) + 2, MAX_WIDTH)
        for i, h in enumerate(table.headers)
    ]


#: the rows of one XLSX sheet, the header's included (the format's own limit)
XLSX_MAX_ROWS = 1_048_576


def _sheet(wb: Any, table: Table, formats: dict[str, Any]) -> None:
    """One sheet: a bold header row kept in view (and printed on every page), then the
    data rows, cell by cell with
    the writer of each type (text is never read as a formula, a number or a link)."""
    if len(table.data_rows) >= XLSX_MAX_ROWS:
        raise ValidationError(
            f"{table.name} has {len(table.data_rows):,} rows; an XLSX sheet holds "
            f"{XLSX_MAX_ROWS - 1:,}.",
            hint="Export it as CSV, or a shorter period.",
        )
    ws = wb.add_worksheet(table.name[:31])
    for i, width in enumerate(_widths(table)):
        ws.set_column(i, i, width)
    ws.freeze_panes(1, 0)
    # printed: landscape, every column on the page's width (as many pages down as it
    # takes), the header row on top of each page
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(0)
    for c, h in enumerate(table.headers):
        ws.write_string(0, c, h, formats["bold"])
    money = (
        formats["money0"]
        if table.decimals == 0
        else wb.add_format({"num_format": "0." + "0" * table.decimals})
    )
    amount_idx = {i for i, h in enumerate(table.headers) if h in table.amount_columns}
    stamp, day = formats["datetime"], formats["date"]
    for r, row in enumerate(table.data_rows, start=1):
        for c, v in enumerate(row):
            if v is None:
                if c in amount_idx:
                    ws.write_blank(r, c, None, money)  # an empty amount cell is formatted too
            elif isinstance(v, bool):
                ws.write_boolean(r, c, v)
            elif isinstance(v, str):
                ws.write_string(r, c, v)
            elif isinstance(v, Decimal | int):
                # a Decimal goes to the file as its own digits (XlsxWriter formats it
                # with "G"), never through a binary float
                ws.write_number(r, c, v, money if c in amount_idx else None)
            elif isinstance(v, datetime):
                # Excel has no time zones: the local wall-clock time of the posting
                ws.write_datetime(r, c, v.replace(tzinfo=None), stamp)
            elif isinstance(v, date):
                ws.write_datetime(r, c, v, day)
            else:
                ws.write_string(r, c, str(v))


def write_xlsx(tables: Iterable[Table], path: Path) -> None:
    """One sheet per table, streamed to the file (XlsxWriter's constant-memory mode:
    200,000 rows in seconds, where openpyxl's write-only cells took over a minute)."""
    # imported here: only an XLSX export pays for loading it
    import xlsxwriter

    wb = xlsxwriter.Workbook(
        str(path),
        {
            "constant_memory": True,
            "strings_to_numbers": False,
            "strings_to_formulas": False,
            "strings_to_urls": False,
        },
    )
    formats = {
        "bold": wb.add_format({"bold": True}),
        "money0": wb.add_format({"num_format": "0"}),
        "datetime": wb.add_format({"num_format": DATETIME_FORMAT}),
        "date": wb.add_format({"num_format": DATE_FORMAT}),
    }
    try:
        for table in tables:
            _sheet(wb, table, formats)
    finally:
        wb.close()


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


def write_table(
    table: Table, path: Path, fmt: str | None = None, *, dialect: CsvDialect = PLAIN_CSV
) -> int:
    """Write ``table`` as CSV (in ``dialect``) or XLSX (by the file name); returns the
    number of rows."""
    chosen = format_of(path, fmt)
    tmp = private_part(path)
    if chosen == "csv":
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            write_csv(table, fh, dialect)
    else:
        write_xlsx([table], tmp)
    tmp.replace(path)
    return len(table.data_rows)


def write_tables(tables: list[Table], path: Path, *, dialect: CsvDialect = PLAIN_CSV) -> int:
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
                write_csv(t, fh, dialect)
    tmp.replace(path)
    return sum(len(t.data_rows) for t in tables)
