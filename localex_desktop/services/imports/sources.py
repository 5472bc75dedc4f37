"""Reading an import file: CSV (encoding and delimiter detected) or an XLSX workbook.

The encoding is detected (:mod:`.charsets`). The delimiter is the one of comma,
semicolon and tab that splits the header and the first rows most consistently. Quoted
values may hold delimiters and line breaks; the line number reported for a row is the
physical line it starts on, counting those line breaks. Blank lines are skipped; values
and headers are trimmed.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from localex_desktop.domain.errors import NotFound, ValidationError
from localex_desktop.services.exports.writers import cell_text
from localex_desktop.services.imports.charsets import detect_encoding
from localex_desktop.services.imports.results import RowError

MAX_ROWS = 100_000
DELIMITERS = (",", ";", "\t")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}


@dataclass(frozen=True)
class SourceRow:
    line: int  # the physical line (CSV) or sheet row (XLSX) the row starts on
    values: list[str]


@dataclass(frozen=True)
class Source:
    name: str
    format: str  # csv | xlsx
    encoding: str | None
    delimiter: str | None
    headers: list[str]
    header_line: int
    rows: list[SourceRow]
    errors: list[RowError]  # rows that could not be split into the header's columns
    sheets: list[str] = field(default_factory=list)
    sheet: str | None = None

    @property
    def describe(self) -> str:
        if self.format == "xlsx":
            return f"spreadsheet, sheet {self.sheet!r}, {len(self.rows)} rows"
        delim = DELIMITER_NAMES.get(self.delimiter or ",", repr(self.delimiter))
        return f"{self.encoding}, {delim}-separated, {len(self.rows)} rows"


def _split(text: str, delimiter: str, limit: int | None = None) -> list[tuple[int, list[str]]]:
    """Rows with the line each starts on; blank lines left out."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    out: list[tuple[int, list[str]]] = []
    start = 1
    for values in reader:
        if any(v.strip() for v in values):
            out.append((start, values))
            if limit is not None and len(out) >= limit:
                break
        start = reader.line_num + 1
    return out


def detect_delimiter(text: str) -> str:
    """The candidate that splits the first rows into the most, most consistent, columns."""
    best, best_score = ",", (-1.0, 0)
    for delim in DELIMITERS:
        try:
            rows = _split(text[:65536], delim, limit=30)
        except csv.Error:
            continue
        if not rows:
            continue
        width = len(rows[0][1])
        if width < 2:
            continue
        same = sum(1 for _, r in rows[1:] if len(r) == width)
        score = (same / max(1, len(rows) - 1), width)
        if score > best_score:
            best, best_score = delim, score
    return best


def _clean_header(h: str) -> str:
    return " ".join(h.replace("\ufeff", "").split())


def _from_rows(
    name: str,
    fmt: str,
    encoding: str | None,
    delimiter: str | None,
    rows: list[tuple[int, list[str]]],
    sheets: list[str] | None = None,
    sheet: str | None = None,
) -> Source:
    if not rows:
        raise ValidationError(f"{name} holds no data.", hint="The first row must name the columns.")
    header_line, raw_headers = rows[0]
    headers = [_clean_header(h) for h in raw_headers]
    while headers and not headers[-1]:
        headers.pop()
    if len(rows) - 1 > MAX_ROWS:
        raise ValidationError(
            f"{name} has {len(rows) - 1} rows; one import takes at most {MAX_ROWS}.",
            hint="Split the file.",
        )
    good: list[SourceRow] = []
    errors: list[RowError] = []
    width = len(headers)
    for line, values in rows[1:]:
        vals = [v.strip() for v in values]
        while len(vals) > width and not vals[-1]:
            vals.pop()  # trailing empty cells or delimiters
        if len(vals) != width:
            errors.append(
                RowError(
                    line,
                    f"has {len(vals)} values but the header has {width} columns "
                    "(a missing or extra delimiter, or an unclosed quote?)",
                )
            )
            continue
        good.append(SourceRow(line, vals))
    return Source(
        name, fmt, encoding, delimiter, headers, header_line, good, errors, sheets or [], sheet
    )


def read_csv(
    data: bytes, name: str, *, encoding: str | None = None, delimiter: str | None = None
) -> Source:
    enc = encoding or detect_encoding(data)
    try:
        text = data.decode(enc)
    except (UnicodeDecodeError, LookupError) as exc:
        raise ValidationError(
            f"{name} cannot be read as {enc}.", hint="Choose another encoding."
        ) from exc
    text = text.lstrip("\ufeff")
    delim = delimiter or detect_delimiter(text)
    try:
        rows = _split(text, delim)
    except csv.Error as exc:
        raise ValidationError(f"{name} is not a readable CSV file: {exc}.") from exc
    return _from_rows(name, "csv", enc, delim, rows)


def _cell_text(v: Any) -> str:
    """A workbook cell as the text a CSV file would have held (a whole day as a date)."""
    if isinstance(v, float):
        if v.is_integer() and abs(v) < 1e15:
            return str(int(v))
        return repr(v)  # shortest text that reads back as the same float: 12.5, 0.1
    if isinstance(v, datetime):
        return v.date().isoformat() if v.time() == datetime.min.time() else v.isoformat()
    return cell_text(v)


def read_xlsx(data: bytes, name: str, *, sheet: str | None = None) -> Source:
    # openpyxl takes a while to import: only when a workbook is read (`localex --version`
    # and CSV imports do without it)
    from openpyxl import load_workbook

    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise ValidationError(f"{name} is not a readable XLSX workbook.") from exc
    try:
        names = list(wb.sheetnames)
        if sheet is not None and sheet not in names:
            raise NotFound(
                f"{name} has no sheet {sheet!r}.", hint=f"Its sheets: {', '.join(names)}."
            )
        ws = wb[sheet] if sheet is not None else wb.worksheets[0]
        rows: list[tuple[int, list[str]]] = []
        for i, values in enumerate(ws.iter_rows(values_only=True), start=1):
            texts = [_cell_text(v) for v in values]
            if any(t.strip() for t in texts):
                rows.append((i, texts))
        return _from_rows(name, "xlsx", None, None, rows, names, ws.title)
    finally:
        wb.close()


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or a message a person understands."""
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise NotFound(f"There is no file {str(path)!r}.") from exc
    except OSError as exc:
        raise ValidationError(f"{path} cannot be read: {exc.strerror}.") from exc


def read_source(
    path: Path | str,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
    data: bytes | None = None,
) -> Source:
    """Read a CSV or XLSX file (by its content, whatever its name says)."""
    p = Path(path)
    if data is None:
        data = read_bytes(p)
    if data.startswith(b"PK\x03\x04"):
        return read_xlsx(data, p.name, sheet=sheet)
    if delimiter is not None and delimiter.lower() in ("tab", "\\t"):
        delimiter = "\t"
    if delimiter is not None and delimiter.lower() in ("comma", "semicolon"):
        delimiter = "," if delimiter.lower() == "comma" else ";"
    if delimiter is not None and len(delimiter) != 1:
        raise ValidationError(f"The delimiter must be one character, not {delimiter!r}.")
    return read_csv(data, p.name, encoding=encoding, delimiter=delimiter)
