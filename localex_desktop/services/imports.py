"""Bring members, listings and opening balances in from CSV or XLSX, all or nothing.

The import is a plain state machine (:class:`ImportFlow`) so the GUI wizard only has to
draw it and the admin command can run it in one go:

    choose file → format (encoding, delimiter, sheet: detected, can be overridden)
    → mapping (columns to fields: guessed from the headers, can be changed)
    → preview (every row checked, errors with line numbers, duplicates listed)
    → commit (one database transaction; refused while any row has an error)

* **Reading.** The encoding is detected: UTF-8 with or without a byte-order mark,
  UTF-16 with a mark, else Windows-1252 (what Excel on Windows writes). The delimiter
  is the one of comma, semicolon and tab that splits the header and the first rows
  most consistently. Quoted values may hold delimiters and line breaks; the line number
  reported for a row is the physical line it starts on, counting those line breaks.
  Blank lines are skipped; values and headers are trimmed.
* **Checking.** Each row is parsed into the fields of its kind and checked with the
  same rules as the forms (names, emails, amounts, dates, limits). Nothing is written
  until every row is fine; then everything is written in one transaction.
* **Duplicates.** A member whose number or email address is already in the database
  (or, with neither in the file, whose exact name is) is reported as a duplicate and
  skipped, not created again; a member with an opening balance already posted is
  skipped likewise; a listing with the same member, kind and title as an existing one
  is skipped. So running the same file twice adds nothing the second time. The same
  number, email or listing twice *within* one file is an error.
* **Opening balances** post as ONE balanced ledger transaction of kind ``opening``:
  each member's amount, and the opposite of their sum on the ``opening_balances``
  system account. Credit and upper limits are respected unless the coordinator
  explicitly allows going past them (``allow_over_limit``), which the ledger records.
"""

from __future__ import annotations

import codecs
import csv
import enum
import hashlib
import io
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from localex_desktop.db.models import Account, Entry, Listing, Member, Transaction
from localex_desktop.domain.errors import LocalexError, NotFound, ValidationError
from localex_desktop.domain.money import Currency, format_amount, parse_amount
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services import audit, ledger, members, settings

MAX_ROWS = 100_000
DELIMITERS = (",", ";", "\t")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}


class Kind(enum.StrEnum):
    MEMBERS = "members"
    LISTINGS = "listings"
    BALANCES = "balances"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    aliases: tuple[str, ...] = ()
    required: bool = False


FIELDS: dict[Kind, tuple[FieldSpec, ...]] = {
    Kind.MEMBERS: (
        FieldSpec(
            "number",
            "Member number",
            (
                "member number",
                "member no",
                "membership number",
                "no",
                "nr",
                "num",
                "id",
                "member id",
                "account",
                "account number",
                "mitgliedsnummer",
            ),
        ),
        FieldSpec(
            "name",
            "Name",
            ("full name", "member", "member name", "display name", "nom", "navn", "naam"),
        ),
        FieldSpec(
            "first_name",
            "First name",
            ("first", "firstname", "given name", "forename", "vorname", "prenom"),
        ),
        FieldSpec(
            "last_name",
            "Last name",
            ("last", "lastname", "surname", "family name", "nachname", "nom de famille"),
        ),
        FieldSpec("email", "Email", ("e mail", "email address", "mail", "e mail address")),
        FieldSpec(
            "phone", "Phone", ("telephone", "tel", "mobile", "phone number", "cell", "telefon")
        ),
        FieldSpec("address", "Address", ("postal address", "street", "adresse", "location")),
        FieldSpec("notes", "Notes", ("note", "comment", "comments", "remarks")),
        FieldSpec(
            "directory_consent",
            "Show contact in directory",
            ("consent", "directory", "in directory", "publish", "public", "show contact", "listed"),
        ),
        FieldSpec(
            "credit_limit", "Credit limit", ("limit", "overdraft", "min balance", "lower limit")
        ),
        FieldSpec("upper_limit", "Upper limit", ("max balance", "maximum balance")),
        FieldSpec(
            "joined_on",
            "Joined on",
            ("joined", "join date", "date joined", "since", "member since", "start date"),
        ),
    ),
    Kind.LISTINGS: (
        FieldSpec(
            "member",
            "Member number",
            ("member number", "member no", "number", "no", "nr", "member id", "owner", "account"),
        ),
        FieldSpec("email", "Member's email", ("e mail", "member email", "mail")),
        FieldSpec(
            "kind",
            "Offer or want",
            ("type", "offer want", "offer or want", "listing type"),
            required=True,
        ),
        FieldSpec(
            "category", "Category", ("category path", "section", "group", "rubrik"), required=True
        ),
        FieldSpec("title", "Title", ("headline", "name", "listing", "subject"), required=True),
        FieldSpec("description", "Description", ("details", "text", "body", "desc")),
        FieldSpec("price", "Price", ("rate", "cost", "amount")),
        FieldSpec("unit", "Unit", ("per", "price unit", "units")),
        FieldSpec(
            "expires_on", "Expires on", ("expires", "expiry", "expiry date", "valid until", "until")
        ),
    ),
    Kind.BALANCES: (
        FieldSpec(
            "member",
            "Member number",
            ("member number", "member no", "number", "no", "nr", "id", "member id", "account"),
        ),
        FieldSpec("email", "Member's email", ("e mail", "member email", "mail")),
        FieldSpec(
            "balance",
            "Opening balance",
            ("opening balance", "amount", "balance due", "current balance", "saldo", "solde"),
            required=True,
        ),
    ),
}


def field_names(kind: Kind) -> list[str]:
    return [f.name for f in FIELDS[kind]]


# -- reading files ---------------------------------------------------------------------


@dataclass(frozen=True)
class SourceRow:
    line: int  # the physical line (CSV) or sheet row (XLSX) the row starts on
    values: list[str]


@dataclass(frozen=True)
class RowError:
    line: int
    message: str
    column: str | None = None

    def __str__(self) -> str:
        where = f" ({self.column})" if self.column else ""
        return f"line {self.line}{where}: {self.message}"


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


def detect_encoding(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            data.decode("cp1252")
        except UnicodeDecodeError:
            return "latin-1"  # cp1252 leaves five bytes undefined; latin-1 takes anything
        return "cp1252"
    return "utf-8"


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
    if v is None:
        return ""
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v.is_integer() and abs(v) < 1e15:
            return str(int(v))
        return repr(v)  # shortest text that reads back as the same float: 12.5, 0.1
    if isinstance(v, Decimal):
        return format(v, "f")
    if isinstance(v, datetime):
        return v.date().isoformat() if v.time() == datetime.min.time() else v.isoformat()
    if isinstance(v, date):
        return v.isoformat()
    return str(v)


def read_xlsx(data: bytes, name: str, *, sheet: str | None = None) -> Source:
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
        try:
            data = p.read_bytes()
        except FileNotFoundError as exc:
            raise NotFound(f"There is no file {str(p)!r}.") from exc
        except OSError as exc:
            raise ValidationError(f"{p} cannot be read: {exc.strerror}.") from exc
    if data.startswith(b"PK\x03\x04"):
        return read_xlsx(data, p.name, sheet=sheet)
    if delimiter is not None and delimiter.lower() in ("tab", "\\t"):
        delimiter = "\t"
    if delimiter is not None and delimiter.lower() in ("comma", "semicolon"):
        delimiter = "," if delimiter.lower() == "comma" else ";"
    if delimiter is not None and len(delimiter) != 1:
        raise ValidationError(f"The delimiter must be one character, not {delimiter!r}.")
    return read_csv(data, p.name, encoding=encoding, delimiter=delimiter)


# -- mapping ---------------------------------------------------------------------------

Mapping = dict[int, str]  # column index → field name


def _norm(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain).split())


def auto_map(kind: Kind, headers: Sequence[str]) -> Mapping:
    """Guess the field of each column from its header (English and common variants)."""
    specs = FIELDS[kind]
    mapping: Mapping = {}
    taken: set[str] = set()
    # exact field names and labels first, then aliases, so "email" beats "mail"
    for pass_ in (0, 1):
        for i, h in enumerate(headers):
            if i in mapping:
                continue
            n = _norm(h)
            for spec in specs:
                if spec.name in taken:
                    continue
                names = (
                    {_norm(spec.name), _norm(spec.label)}
                    if pass_ == 0
                    else {_norm(a) for a in spec.aliases}
                )
                if n and n in names:
                    mapping[i] = spec.name
                    taken.add(spec.name)
                    break
    return mapping


def parse_mapping(
    kind: Kind, headers: Sequence[str], items: Sequence[str], base: Mapping
) -> Mapping:
    """Apply ``COLUMN=FIELD`` overrides (COLUMN: header text or 1-based number; FIELD '-'
    to ignore the column)."""
    mapping = dict(base)
    known = field_names(kind)
    for item in items:
        col, sep, fld = item.partition("=")
        col, fld = col.strip(), fld.strip()
        if not sep or not col:
            raise ValidationError(
                f"{item!r} is not a mapping.", hint="Write COLUMN=FIELD, e.g. 'Surname=last_name'."
            )
        if col.isdigit() and 1 <= int(col) <= len(headers):
            index = int(col) - 1
        else:
            matches = [i for i, h in enumerate(headers) if _norm(h) == _norm(col)]
            if not matches:
                raise NotFound(
                    f"The file has no column {col!r}.",
                    hint=f"Its columns: {', '.join(headers)}.",
                )
            index = matches[0]
        if fld in ("-", "", "ignore", "none"):
            mapping.pop(index, None)
            continue
        if fld not in known:
            raise ValidationError(
                f"There is no {kind.value} field {fld!r}.", hint=f"Use one of {', '.join(known)}."
            )
        for other, name in list(mapping.items()):
            if name == fld and other != index:
                del mapping[other]
        mapping[index] = fld
    return mapping


def check_mapping(kind: Kind, headers: Sequence[str], mapping: Mapping) -> list[str]:
    """What is missing or doubled in a mapping, as sentences (empty: fine)."""
    problems = []
    mapped = list(mapping.values())
    for name in sorted({n for n in mapped if mapped.count(n) > 1}):
        problems.append(f"Two columns are mapped to {name}.")
    have = set(mapped)
    for spec in FIELDS[kind]:
        if spec.required and spec.name not in have:
            problems.append(f"No column is mapped to {spec.label.lower()} ({spec.name}).")
    if kind is Kind.MEMBERS and "name" not in have and not ({"first_name", "last_name"} & have):
        problems.append("No column is mapped to the name (name, or first_name and last_name).")
    if kind in (Kind.LISTINGS, Kind.BALANCES) and not ({"member", "email"} & have):
        problems.append("No column says who the member is (member number, or email).")
    for index in mapping:
        if index >= len(headers):
            problems.append(f"Column {index + 1} does not exist.")
    return problems


# -- checking rows ---------------------------------------------------------------------


@dataclass
class ImportOptions:
    allow_over_limit: bool = False  # balances: post past credit/upper limits
    memo: str | None = None  # balances: the transaction's memo
    create_categories: bool = True  # listings: add categories the file names


@dataclass
class PlannedRow:
    line: int
    action: str  # create | duplicate | skip
    values: dict[str, Any]
    note: str = ""


@dataclass
class Preview:
    kind: Kind
    source: str
    rows: list[PlannedRow]
    errors: list[RowError]
    new_categories: list[str] = field(default_factory=list)
    total: int = 0  # balances: the sum posted to members (minor units)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def to_create(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.action == "create"]

    @property
    def duplicates(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.action == "duplicate"]

    @property
    def skipped(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.action == "skip"]

    def summary(self) -> str:
        noun = {"members": "members", "listings": "listings", "balances": "opening balances"}
        text = (
            f"{len(self.to_create)} {noun[self.kind.value]} to add, "
            f"{len(self.duplicates)} already there, {len(self.skipped)} skipped, "
            f"{len(self.errors)} row(s) with errors"
        )
        return text


@dataclass(frozen=True)
class ImportResult:
    kind: Kind
    created: int
    duplicates: int
    skipped: int
    ids: list[int]  # members, listings created; for balances the transaction id
    transaction_id: int | None = None


class ImportRefused(ValidationError):
    """Some rows are wrong: nothing was written. ``errors`` lists them by line."""

    def __init__(self, preview: Preview) -> None:
        n = len(preview.errors)
        first = preview.errors[0]
        super().__init__(
            f"{n} row(s) of {preview.source} have errors, so nothing was imported "
            f"(first: {first}).",
            hint="Correct the file (or the column mapping) and import it again.",
        )
        self.preview = preview
        self.errors = preview.errors


def _yes_no(text: str) -> bool | None:
    t = text.strip().lower()
    if t in ("", "no", "n", "false", "f", "0", "-", "nein", "non", "nee"):
        return False if t else None
    if t in ("yes", "y", "true", "t", "1", "x", "ja", "oui", "si", "sí"):
        return True
    raise ValidationError(f"{text!r} is not yes or no.")


_DAY_FIRST = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")


def parse_date(text: str) -> date:
    """ISO dates (2024-03-01, also with a time after them) or day-first 1.3.2024, 1/3/2024."""
    t = text.strip()
    try:
        if re.match(r"^\d{4}-\d{2}-\d{2}", t):
            return date.fromisoformat(t[:10])
        m = _DAY_FIRST.match(t)
        if m:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        pass
    raise ValidationError(
        f"{text!r} is not a date.", hint="Write dates as 2024-03-31 (or 31.03.2024)."
    )


def _amount(text: str, cur: Currency, label: str, *, negative: bool = False) -> int:
    t = text.strip().replace(" ", "").replace("\u00a0", "")
    for sym in (cur.symbol, cur.symbol.lower()):
        if sym and t.lower().endswith(sym.lower()):
            t = t[: -len(sym)]
    if t.startswith("(") and t.endswith(")"):  # accounting style (12.50)
        t = "-" + t[1:-1]
    if "," in t and "." not in t and re.match(r"^-?\d+,\d+$", t):
        t = t.replace(",", ".")  # decimal comma from a European spreadsheet
    return parse_amount(t, cur, field=label, allow_zero=True, allow_negative=negative)


def _row_values(row: SourceRow, headers: Sequence[str], mapping: Mapping) -> dict[str, str]:
    return {name: row.values[i] for i, name in mapping.items() if i < len(row.values)}


def _col(headers: Sequence[str], mapping: Mapping, fld: str) -> str | None:
    for i, name in mapping.items():
        if name == fld:
            return headers[i] if i < len(headers) else fld
    return None


class _Checker:
    def __init__(
        self,
        session: Session,
        actor: Actor,
        kind: Kind,
        source: Source,
        mapping: Mapping,
        options: ImportOptions,
    ) -> None:
        self.session = session
        self.actor = actor
        self.kind = kind
        self.source = source
        self.mapping = mapping
        self.options = options
        self.cur = settings.currency(session)
        self.errors: list[RowError] = list(source.errors)
        self.rows: list[PlannedRow] = []

    def err(self, line: int, fld: str | None, message: str) -> None:
        col = None if fld is None else _col(self.source.headers, self.mapping, fld)
        self.errors.append(RowError(line, message, col))

    def run(self) -> Preview:
        problems = check_mapping(self.kind, self.source.headers, self.mapping)
        if problems:
            raise ValidationError(" ".join(problems), hint="Change the column mapping.")
        check = {
            Kind.MEMBERS: self._members,
            Kind.LISTINGS: self._listings,
            Kind.BALANCES: self._balances,
        }[self.kind]
        preview = Preview(self.kind, self.source.name, self.rows, self.errors)
        check(preview)
        self.errors.sort(key=lambda e: e.line)
        return preview

    # members --------------------------------------------------------------------------

    def _members(self, preview: Preview) -> None:
        s = self.session
        by_number = dict(s.execute(sa.select(Member.id, Member.name)).tuples().all())
        by_email = {
            str(e).lower(): i
            for i, e in s.execute(
                sa.select(Member.id, Member.email).where(Member.email.is_not(None))
            )
            .tuples()
            .all()
        }
        by_name: dict[str, int] = {}
        for i, n in s.execute(sa.select(Member.id, Member.name)).tuples().all():
            by_name.setdefault(" ".join(n.split()).lower(), i)
        seen_numbers: dict[int, int] = {}
        seen_emails: dict[str, int] = {}
        for row in self.source.rows:
            v = _row_values(row, self.source.headers, self.mapping)
            errors_before = len(self.errors)
            name = v.get("name", "")
            if not name:
                name = " ".join(x for x in (v.get("first_name", ""), v.get("last_name", "")) if x)
            number: int | None = None
            raw_number = v.get("number", "")
            if raw_number:
                digits = raw_number.lstrip("#").strip()
                if digits.endswith(".0"):
                    digits = digits[:-2]
                if not digits.isdigit() or int(digits) <= 0 or len(digits) > 15:
                    self.err(row.line, "number", f"{raw_number!r} is not a member number.")
                else:
                    number = int(digits)
            data = members.MemberInput(
                name=name,
                email=v.get("email") or None,
                phone=v.get("phone", ""),
                address=v.get("address", ""),
                notes=v.get("notes", ""),
            )
            try:
                data = members.validate(data)
            except ValidationError as exc:
                fld = exc.field if exc.field in self._mapped() else None
                if exc.field == "name" and "first_name" in self._mapped():
                    fld = "first_name"
                self.err(row.line, fld or ("name" if exc.field == "name" else None), exc.message)
            consent = False
            try:
                consent = bool(_yes_no(v.get("directory_consent", "")))
            except ValidationError as exc:
                self.err(row.line, "directory_consent", exc.message)
            limits: dict[str, int | None] = {"credit_limit": None, "upper_limit": None}
            for key in limits:
                if v.get(key):
                    try:
                        limits[key] = _amount(v[key], self.cur, key.replace("_", " "))
                    except ValidationError as exc:
                        self.err(row.line, key, exc.message)
            joined: date | None = None
            if v.get("joined_on"):
                try:
                    joined = parse_date(v["joined_on"])
                except ValidationError as exc:
                    self.err(row.line, "joined_on", exc.message)
            if len(self.errors) > errors_before:
                continue
            email = data.email.lower() if data.email else None
            # within the file
            if number is not None and number in seen_numbers:
                self.err(
                    row.line,
                    "number",
                    f"member number {number} is also on line {seen_numbers[number]}.",
                )
                continue
            if email is not None and email in seen_emails:
                self.err(row.line, "email", f"{data.email} is also on line {seen_emails[email]}.")
                continue
            if number is not None:
                seen_numbers[number] = row.line
            if email is not None:
                seen_emails[email] = row.line
            values = {
                "number": number,
                "name": data.name,
                "email": data.email,
                "phone": data.phone,
                "address": data.address,
                "notes": data.notes,
                "directory_consent": consent,
                "credit_limit": limits["credit_limit"],
                "upper_limit": limits["upper_limit"],
                "joined_on": joined,
            }
            # against the database
            note = ""
            if number is not None and number in by_number:
                note = f"member number {number} already exists ({by_number[number]})"
            elif email is not None and email in by_email:
                note = f"{data.email} already belongs to member {by_email[email]}"
            elif number is None and email is None and data.name.lower() in by_name:
                note = f"a member called {data.name} already exists ({by_name[data.name.lower()]})"
            self.rows.append(PlannedRow(row.line, "duplicate" if note else "create", values, note))

    def _mapped(self) -> set[str]:
        return set(self.mapping.values())

    # who is the member (listings, balances) -------------------------------------------

    def _member_lookup(self) -> tuple[dict[int, tuple[int, str, str]], dict[str, int]]:
        rows = self.session.execute(
            sa.select(Member.id, Member.name, Member.status, Member.email, Account.id).join(
                Account, Account.member_id == Member.id
            )
        ).all()
        by_id = {r[0]: (r[4], r[1], r[2]) for r in rows}
        by_email = {str(r[3]).lower(): r[0] for r in rows if r[3]}
        return by_id, by_email

    def _find_member(
        self,
        row: SourceRow,
        v: dict[str, str],
        by_id: dict[int, tuple[int, str, str]],
        by_email: dict[str, int],
    ) -> int | None:
        raw = v.get("member", "").lstrip("#").strip()
        if raw.endswith(".0"):
            raw = raw[:-2]
        email = v.get("email", "").strip().lower()
        if raw:
            if not raw.isdigit() or len(raw) > 15:
                self.err(row.line, "member", f"{v.get('member')!r} is not a member number.")
                return None
            member_id = int(raw)
            if member_id not in by_id:
                self.err(row.line, "member", f"there is no member number {member_id}.")
                return None
            if email and by_email.get(email) not in (None, member_id):
                self.err(
                    row.line,
                    "email",
                    f"{v['email']} belongs to member {by_email[email]}, not to member {member_id}.",
                )
                return None
            return member_id
        if email:
            found = by_email.get(email)
            if found is None:
                self.err(row.line, "email", f"no member has the email address {v['email']}.")
            return found
        self.err(row.line, "member", "the member is missing (give a member number or email).")
        return None

    # listings -------------------------------------------------------------------------

    def _listings(self, preview: Preview) -> None:
        from localex_desktop.services import categories, listings

        by_id, by_email = self._member_lookup()
        existing = {
            (r[0], r[1], " ".join(r[2].split()).lower())
            for r in self.session.execute(
                sa.select(Listing.member_id, Listing.kind, Listing.title).where(
                    Listing.status != "withdrawn"
                )
            ).tuples()
        }
        known_paths = {p.lower(): cid for cid, p in categories.paths(self.session).items()}
        seen: dict[tuple[int, str, str], int] = {}
        new_cats: dict[str, str] = {}
        for row in self.source.rows:
            v = _row_values(row, self.source.headers, self.mapping)
            errors_before = len(self.errors)
            member_id = self._find_member(row, v, by_id, by_email)
            if member_id is not None and by_id[member_id][2] != "active":
                self.err(
                    row.line,
                    "member",
                    f"{by_id[member_id][1]} ({member_id}) is {by_id[member_id][2]}: "
                    "only active members can list offers and wants.",
                )
            kind = _listing_kind(v.get("kind", ""))
            if kind is None:
                self.err(row.line, "kind", f"{v.get('kind', '')!r} is neither offer nor want.")
            title = " ".join(v.get("title", "").split())
            if not title:
                self.err(row.line, "title", "the title is empty.")
            elif len(title) > listings.MAX_TITLE:
                self.err(
                    row.line, "title", f"the title is longer than {listings.MAX_TITLE} characters."
                )
            description = v.get("description", "").strip()
            if len(description) > listings.MAX_DESCRIPTION:
                self.err(
                    row.line,
                    "description",
                    f"the description is longer than {listings.MAX_DESCRIPTION} characters.",
                )
            unit = " ".join(v.get("unit", "").split())
            if len(unit) > listings.MAX_UNIT:
                self.err(
                    row.line, "unit", f"the unit is longer than {listings.MAX_UNIT} characters."
                )
            price: int | None = None
            if v.get("price"):
                try:
                    price = _amount(v["price"], self.cur, "price")
                except ValidationError as exc:
                    self.err(row.line, "price", exc.message)
            expires: date | None = None
            if v.get("expires_on"):
                try:
                    expires = parse_date(v["expires_on"])
                    if expires < date.today():
                        self.err(
                            row.line,
                            "expires_on",
                            f"the expiry date {expires.isoformat()} is in the past.",
                        )
                except ValidationError as exc:
                    self.err(row.line, "expires_on", exc.message)
            category_id: int | None = None
            path = _category_path(v.get("category", ""))
            if not path:
                self.err(row.line, "category", "the category is empty.")
            else:
                category_id = known_paths.get(path.lower())
                if category_id is None:
                    try:
                        category_id = categories.find(self.session, self.actor, path).id
                    except NotFound:
                        if not self.options.create_categories:
                            self.err(row.line, "category", f"there is no category {path!r}.")
                        else:
                            try:
                                for part in path.split(categories.SEPARATOR):
                                    categories.clean_name(part)
                                new_cats.setdefault(path.lower(), path)
                            except ValidationError as exc:
                                self.err(row.line, "category", exc.message)
                    except ValidationError as exc:
                        self.err(row.line, "category", exc.message)
            if len(self.errors) > errors_before or member_id is None or kind is None:
                continue
            key = (member_id, kind, title.lower())
            if key in seen:
                self.err(
                    row.line,
                    "title",
                    f"the same {kind} of member {member_id} is also on line {seen[key]}.",
                )
                continue
            seen[key] = row.line
            values = {
                "member_id": member_id,
                "kind": kind,
                "category_id": category_id,
                "category": path,
                "title": title,
                "description": description,
                "price": price,
                "unit": unit,
                "expires_on": expires,
            }
            if key in existing:
                self.rows.append(
                    PlannedRow(
                        row.line,
                        "duplicate",
                        values,
                        f"member {member_id} already lists this {kind}",
                    )
                )
            else:
                self.rows.append(PlannedRow(row.line, "create", values))
        preview.new_categories = sorted(new_cats.values())

    # balances -------------------------------------------------------------------------

    def _balances(self, preview: Preview) -> None:
        by_id, by_email = self._member_lookup()
        accounts = {
            r.member_id: r
            for r in self.session.execute(
                sa.select(
                    Account.member_id,
                    Account.id,
                    Account.balance,
                    Account.credit_limit,
                    Account.upper_limit,
                ).where(Account.member_id.is_not(None))
            )
        }
        opened = dict(
            self.session.execute(
                sa.select(Account.member_id, sa.func.min(Transaction.id))
                .join(Entry, Entry.account_id == Account.id)
                .join(Transaction, Transaction.id == Entry.transaction_id)
                .where(Transaction.kind == "opening", Account.member_id.is_not(None))
                .group_by(Account.member_id)
            )
            .tuples()
            .all()
        )
        seen: dict[int, int] = {}
        total = 0
        for row in self.source.rows:
            v = _row_values(row, self.source.headers, self.mapping)
            errors_before = len(self.errors)
            member_id = self._find_member(row, v, by_id, by_email)
            amount = 0
            try:
                amount = _amount(v.get("balance", ""), self.cur, "balance", negative=True)
            except ValidationError as exc:
                self.err(row.line, "balance", exc.message)
            if len(self.errors) > errors_before or member_id is None:
                continue
            if member_id in seen:
                self.err(
                    row.line, "member", f"member {member_id} is also on line {seen[member_id]}."
                )
                continue
            seen[member_id] = row.line
            name = by_id[member_id][1]
            values = {
                "member_id": member_id,
                "name": name,
                "balance": amount,
                "account_id": by_id[member_id][0],
            }
            if member_id in opened:
                self.rows.append(
                    PlannedRow(
                        row.line,
                        "duplicate",
                        values,
                        f"{name} already has an opening balance (transaction {opened[member_id]})",
                    )
                )
                continue
            if amount == 0:
                self.rows.append(PlannedRow(row.line, "skip", values, "zero: nothing to post"))
                continue
            if by_id[member_id][2] != "active":
                self.err(
                    row.line,
                    "member",
                    f"{name} ({member_id}) is {by_id[member_id][2]}: no payments to or from them.",
                )
                continue
            acc = accounts[member_id]
            after = acc.balance + amount
            if not self.options.allow_over_limit:
                cur = self.cur
                if acc.credit_limit is not None and after < -acc.credit_limit:
                    self.err(
                        row.line,
                        "balance",
                        f"{name} would have {format_amount(after, cur)}, below their "
                        f"credit limit of {format_amount(acc.credit_limit, cur)} "
                        "(raise the limit first, or allow going past limits).",
                    )
                    continue
                if acc.upper_limit is not None and after > acc.upper_limit:
                    self.err(
                        row.line,
                        "balance",
                        f"{name} would have {format_amount(after, cur)}, above their "
                        f"upper limit of {format_amount(acc.upper_limit, cur)} "
                        "(raise the limit first, or allow going past limits).",
                    )
                    continue
            total += amount
            self.rows.append(PlannedRow(row.line, "create", values))
        preview.total = total


def _listing_kind(text: str) -> str | None:
    t = _norm(text)
    if t in ("offer", "offers", "o", "offering", "offered", "have", "angebot", "offre"):
        return "offer"
    if t in ("want", "wants", "w", "wanted", "request", "need", "needs", "gesuch", "demande"):
        return "want"
    return None


def _category_path(text: str) -> str:
    from localex_desktop.services import categories

    raw = text
    for sep in ("›", "/", ">"):
        raw = raw.replace(sep, "\x00")
    parts = [" ".join(p.split()) for p in raw.split("\x00")]
    return categories.SEPARATOR.join(p for p in parts if p)


def preview(
    session: Session,
    actor: Actor,
    kind: Kind,
    source: Source,
    mapping: Mapping,
    options: ImportOptions | None = None,
) -> Preview:
    """Check every row against the rules and the database; writes nothing."""
    actor.require(Permission.READ)
    return _Checker(session, actor, kind, source, mapping, options or ImportOptions()).run()


_NEEDS = {
    Kind.MEMBERS: Permission.MANAGE_MEMBERS,
    Kind.LISTINGS: Permission.MANAGE_LISTINGS,
    Kind.BALANCES: Permission.POST,
}


def commit(
    session: Session,
    actor: Actor,
    kind: Kind,
    source: Source,
    mapping: Mapping,
    options: ImportOptions | None = None,
) -> ImportResult:
    """Check again (the data may have changed since the preview), then write every new row
    in the caller's transaction. Raises :class:`ImportRefused` when any row has an error."""
    actor.require(_NEEDS[kind])
    options = options or ImportOptions()
    checked = _Checker(session, actor, kind, source, mapping, options).run()
    if not checked.ok:
        raise ImportRefused(checked)
    ids: list[int] = []
    tx_id: int | None = None
    for planned in checked.to_create if kind is not Kind.BALANCES else []:
        try:
            ids.append(_create(session, actor, kind, planned.values))
        except LocalexError as exc:
            raise ValidationError(
                f"Line {planned.line}: {exc.message} Nothing was imported.", hint=exc.hint
            ) from exc
    if kind is Kind.BALANCES and checked.to_create:
        tx_id = _post_openings(session, actor, source, checked, options)
        ids = [tx_id]
    audit.record(
        session,
        actor,
        "import",
        kind.value,
        None,
        after={
            "file": source.name,
            "created": len(checked.to_create),
            "duplicates": len(checked.duplicates),
            "skipped": len(checked.skipped),
            "transaction": tx_id,
        },
    )
    return ImportResult(
        kind, len(checked.to_create), len(checked.duplicates), len(checked.skipped), ids, tx_id
    )


def _create(session: Session, actor: Actor, kind: Kind, v: dict[str, Any]) -> int:
    if kind is Kind.MEMBERS:
        info = members.create(
            session,
            actor,
            members.MemberInput(
                name=v["name"],
                email=v["email"],
                phone=v["phone"],
                address=v["address"],
                notes=v["notes"],
                directory_consent=v["directory_consent"],
                joined_on=v["joined_on"],
            ),
            credit_limit=v["credit_limit"],
            upper_limit=v["upper_limit"],
            member_id=v["number"],
        )
        return info.id
    from localex_desktop.services import listings

    category_id = v["category_id"]
    if category_id is None:
        category_id = _ensure_category(session, actor, v["category"])
    listing = listings.add(
        session,
        actor,
        listings.ListingInput(
            member_id=v["member_id"],
            kind=v["kind"],
            category_id=category_id,
            title=v["title"],
            description=v["description"],
            price=v["price"],
            unit=v["unit"],
            expires_on=v["expires_on"],
        ),
    )
    return listing.id


def _ensure_category(session: Session, actor: Actor, path: str) -> int:
    from localex_desktop.services import categories

    parent: int | None = None
    walked: list[str] = []
    for part in path.split(categories.SEPARATOR):
        walked.append(part)
        try:
            parent = categories.find(session, actor, categories.SEPARATOR.join(walked)).id
        except NotFound:
            parent = categories.add(session, actor, part, parent_id=parent).id
    assert parent is not None
    return parent


def _post_openings(
    session: Session, actor: Actor, source: Source, checked: Preview, options: ImportOptions
) -> int:
    legs = [(r.values["account_id"], r.values["balance"]) for r in checked.to_create]
    total = sum(x for _, x in legs)
    if total != 0:
        legs.append((ledger.system_account(session, "opening_balances"), -total))
    memo = options.memo or f"Opening balances imported from {source.name}"
    key = "import-balances:" + hashlib.sha256(repr(sorted(legs)).encode()).hexdigest()[:40]
    result = ledger.post(
        session,
        actor,
        "opening",
        legs,
        memo,
        idempotency_key=key,
        enforce_limits=not options.allow_over_limit,
    )
    return result.transaction_id


# -- the wizard's state machine ----------------------------------------------------------


class Step(enum.StrEnum):
    CHOOSE_FILE = "choose file"
    FORMAT = "format"  # encoding, delimiter (or sheet) detected; may be changed
    MAPPING = "mapping"
    PREVIEW = "preview"
    DONE = "done"


class FlowError(ValidationError):
    """A step was asked for out of order (a bug in the caller, told plainly)."""


class ImportFlow:
    """The import wizard without widgets: each method is one button of one page.

    The GUI calls :meth:`choose_file`, shows :attr:`source` (and lets the person change
    the encoding or delimiter with :meth:`set_format`), then :meth:`to_mapping` and
    :meth:`map_column` while showing :attr:`mapping` and :meth:`mapping_problems`, then
    :meth:`run_preview` (in a worker, with a session) and shows :attr:`preview`, then
    :meth:`commit` inside ``db.transaction()``. :meth:`back` returns to the page before.
    """

    def __init__(self, kind: Kind | str, options: ImportOptions | None = None) -> None:
        self.kind = Kind(kind)
        self.options = options or ImportOptions()
        self.step = Step.CHOOSE_FILE
        self.path: Path | None = None
        self._data: bytes | None = None
        self.source: Source | None = None
        self.mapping: Mapping = {}
        self.preview: Preview | None = None
        self.result: ImportResult | None = None

    @property
    def fields(self) -> tuple[FieldSpec, ...]:
        return FIELDS[self.kind]

    def _need(self, *steps: Step) -> None:
        if self.step not in steps:
            raise FlowError(f"The import is at the {self.step.value} step.")

    def choose_file(self, path: Path | str) -> Source:
        self._need(Step.CHOOSE_FILE, Step.FORMAT)
        p = Path(path)
        try:
            self._data = p.read_bytes()
        except FileNotFoundError as exc:
            raise NotFound(f"There is no file {str(p)!r}.") from exc
        except OSError as exc:
            raise ValidationError(f"{p} cannot be read: {exc.strerror}.") from exc
        self.path = p
        self.source = read_source(p, data=self._data)
        self.step = Step.FORMAT
        return self.source

    def set_format(
        self,
        *,
        encoding: str | None = None,
        delimiter: str | None = None,
        sheet: str | None = None,
    ) -> Source:
        self._need(Step.FORMAT)
        assert self.path is not None and self._data is not None
        self.source = read_source(
            self.path, encoding=encoding, delimiter=delimiter, sheet=sheet, data=self._data
        )
        return self.source

    def to_mapping(self, overrides: Sequence[str] = ()) -> Mapping:
        self._need(Step.FORMAT)
        assert self.source is not None
        self.mapping = parse_mapping(
            self.kind, self.source.headers, overrides, auto_map(self.kind, self.source.headers)
        )
        self.step = Step.MAPPING
        return self.mapping

    def map_column(self, column: int, fld: str | None) -> Mapping:
        """Map column ``column`` (0-based) to ``fld`` (None: ignore it)."""
        self._need(Step.MAPPING)
        assert self.source is not None
        if fld is None:
            self.mapping.pop(column, None)
        else:
            if fld not in field_names(self.kind):
                raise ValidationError(f"There is no {self.kind.value} field {fld!r}.")
            self.mapping = {c: f for c, f in self.mapping.items() if f != fld}
            self.mapping[column] = fld
        return self.mapping

    def mapping_problems(self) -> list[str]:
        assert self.source is not None
        return check_mapping(self.kind, self.source.headers, self.mapping)

    def run_preview(self, session: Session, actor: Actor) -> Preview:
        self._need(Step.MAPPING, Step.PREVIEW)
        assert self.source is not None
        self.preview = preview(session, actor, self.kind, self.source, self.mapping, self.options)
        self.step = Step.PREVIEW
        return self.preview

    @property
    def can_commit(self) -> bool:
        return (
            self.step is Step.PREVIEW
            and self.preview is not None
            and self.preview.ok
            and bool(self.preview.to_create)
        )

    def commit(self, session: Session, actor: Actor) -> ImportResult:
        self._need(Step.PREVIEW)
        assert self.source is not None
        self.result = commit(session, actor, self.kind, self.source, self.mapping, self.options)
        self.step = Step.DONE
        return self.result

    def back(self) -> Step:
        order = list(Step)
        if self.step in (Step.CHOOSE_FILE, Step.DONE):
            return self.step
        self.step = order[order.index(self.step) - 1]
        if self.step is Step.CHOOSE_FILE:
            self.source, self.path, self._data = None, None, None
        if self.step in (Step.FORMAT, Step.MAPPING):
            self.preview = None
        return self.step
