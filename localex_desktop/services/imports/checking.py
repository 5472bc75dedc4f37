"""What every kind of import shares: the :class:`Importer` protocol and one :class:`Check`.

An importer checks each row of a file against the rules and the database (writing
nothing) and, once every row is fine, writes the rows it planned. The members,
listings and balances importers each live in a module of their own; :mod:`.commit`
runs them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from collections.abc import Mapping as ReadOnly
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

import sqlalchemy as sa
from sqlalchemy.orm import Session

from localex_desktop.db.models import Account, Member
from localex_desktop.domain.errors import LocalexError, ValidationError
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services import settings
from localex_desktop.services.imports.fields import Mapping, date_fields, norm, unmapped
from localex_desktop.services.imports.results import (
    CONFLICT,
    DUPLICATE,
    ERROR,
    ImportOptions,
    Kind,
    PlannedRow,
    Preview,
    RowError,
)
from localex_desktop.services.imports.sources import Source, SourceRow
from localex_desktop.services.imports.values import (
    NUMBER_HINT,
    DateOrder,
    DateScan,
    fold,
    member_number,
    parse_date,
    scan_dates,
    unsafe,
)


@dataclass(frozen=True)
class Written:
    """What an importer wrote: the new rows' ids, and the ledger transaction if any."""

    ids: list[int]
    transaction_id: int | None = None


@dataclass(frozen=True)
class ImportRequest:
    """What an import reads: the kind, the file, its column mapping and the options (one
    object for checking a file and for writing it, which take the same four)."""

    kind: Kind
    source: Source
    mapping: Mapping
    options: ImportOptions = field(default_factory=ImportOptions)


class Check:
    """One pass over a file: its rows and mapping, the database, and what was found."""

    def __init__(self, session: Session, actor: Actor, request: ImportRequest) -> None:
        self.session = session
        self.actor = actor
        self.kind = request.kind
        self.source = request.source
        self.mapping = request.mapping
        self.options = request.options
        self.cur = settings.currency(session)
        self.errors: list[RowError] = list(self.source.errors)
        self.rows: list[PlannedRow] = []
        self.preview = Preview(self.kind, self.source.name, self.rows, self.errors)
        self.dates: DateOrder | None = self.options.dates  # as resolved for this file

    def err(self, line: int, fld: str | None, message: str, kind: str = ERROR) -> None:
        """Record a problem of ``line``, named by the column ``fld`` came from."""
        col = None if fld is None else column_of(self.source.headers, self.mapping, fld)
        self.errors.append(RowError(line, message, col, kind))

    def conflict(self, line: int, fld: str | None, message: str) -> None:
        """The row names someone the database knows as somebody else."""
        self.err(line, fld, message, CONFLICT)

    def duplicate(self, line: int, fld: str | None, message: str) -> None:
        """The row repeats another row of the same file."""
        self.err(line, fld, message, DUPLICATE)

    def each_row(self) -> Iterator[SourceRow]:
        """The rows to check; a row with text that cannot be imported is an error."""
        for row in self.source.rows:
            bad = False
            for fld, text in self.values(row).items():
                why = unsafe(text)
                if why is not None:
                    self.err(row.line, fld, f"the value {why}; correct it in the file.")
                    bad = True
            if not bad:
                yield row

    def date(self, line: int, fld: str, text: str) -> date | None:
        """The date in ``text`` read in the file's order; None (and an error) if none."""
        try:
            return parse_date(text, self.dates)
        except ValidationError as exc:
            self.err(line, fld, exc.message)
            return None

    def values(self, row: SourceRow) -> dict[str, str]:
        """The row's text by field name."""
        return {name: row.values[i] for i, name in self.mapping.items() if i < len(row.values)}

    @property
    def mapped(self) -> set[str]:
        return set(self.mapping.values())

    def plan(self, line: int, action: str, values: ReadOnly[str, Any], note: str = "") -> None:
        self.rows.append(PlannedRow(line, action, dict(values), note))


def column_of(headers: Sequence[str], mapping: Mapping, fld: str) -> str | None:
    """The header of the column mapped to ``fld`` (None: not mapped)."""
    for i, name in mapping.items():
        if name == fld:
            return headers[i] if i < len(headers) else fld
    return None


@contextmanager
def refused_at(line: int) -> Iterator[None]:
    """A service's refusal while writing the row of ``line``, said as the import's: the
    line named, nothing imported (the caller's transaction is rolled back)."""
    try:
        yield
    except LocalexError as exc:
        raise ValidationError(
            f"Line {line}: {exc.message} Nothing was imported.", hint=exc.hint
        ) from exc


class Importer(Protocol):
    """One kind of import."""

    kind: Kind
    needs: Permission  # to write; anyone who reads may check

    def check(self, check: Check) -> None:
        """Plan every row (``check.plan``) or report why not (``check.err``); no writes."""

    def write(self, check: Check) -> Written:
        """Write the rows planned as ``create`` in the check's session."""


# -- who is the member (listings, balances) ----------------------------------------------


@dataclass(frozen=True)
class MemberRef:
    account_id: int
    name: str
    status: str


@dataclass(frozen=True)
class Members:
    """Every member by number and by email (lower case), for finding the row's member."""

    by_id: dict[int, MemberRef]
    by_email: dict[str, int]

    @classmethod
    def load(cls, session: Session) -> Members:
        rows = session.execute(
            sa.select(Member.id, Member.name, Member.status, Member.email, Account.id).join(
                Account, Account.member_id == Member.id
            )
        ).all()
        by_id = {r[0]: MemberRef(r[4], r[1], r[2]) for r in rows}
        by_email = {str(r[3]).lower(): r[0] for r in rows if r[3]}
        return cls(by_id, by_email)

    def find(self, check: Check, row: SourceRow, v: dict[str, str]) -> int | None:
        """The member a row names by number or email; None (and an error) otherwise."""
        raw = v.get("member", "").strip()
        email = v.get("email", "").strip().lower()
        if raw:
            member_id = member_number(raw)
            if member_id is None:
                check.err(
                    row.line, "member", f"{v.get('member')!r} is not a member number. {NUMBER_HINT}"
                )
                return None
            if member_id not in self.by_id:
                check.err(row.line, "member", f"there is no member number {member_id}.")
                return None
            if email and self.by_email.get(email) not in (None, member_id):
                other = self.by_email[email]
                check.conflict(
                    row.line,
                    "email",
                    f"{v['email']} belongs to member {other} ({self.by_id[other].name}), "
                    f"not to member {member_id} ({self.by_id[member_id].name}).",
                )
                return None
            return self._same_name(check, row, v, member_id)
        if email:
            found = self.by_email.get(email)
            if found is None:
                check.err(row.line, "email", f"no member has the email address {v['email']}.")
                return None
            return self._same_name(check, row, v, found)
        check.err(row.line, "member", "the member is missing (give a member number or email).")
        return None

    def _same_name(
        self, check: Check, row: SourceRow, v: dict[str, str], member_id: int
    ) -> int | None:
        """``member_id``, unless the row also names the member and the name differs."""
        name = v.get("name", "")
        known = self.by_id[member_id].name
        if name.strip() and fold(name) != fold(known):
            check.conflict(
                row.line,
                "name",
                f"member {member_id} is {known} in the database, but this row names {name}.",
            )
            return None
        return member_id


# -- what the whole file says --------------------------------------------------------------


def scan_file_dates(kind: Kind, source: Source, mapping: Mapping) -> tuple[DateScan, str | None]:
    """The order the file's dates prove, and the header of the first date column."""
    columns = [i for i, f in mapping.items() if f in date_fields(kind) and i < len(source.headers)]
    scan = scan_dates((row.line, row.values[i]) for row in source.rows for i in columns)
    return scan, (source.headers[columns[0]] if columns else None)


def date_question(kind: Kind, source: Source, mapping: Mapping) -> str | None:
    """What to ask when the dates read two ways (None: nothing to ask)."""
    scan, header = scan_file_dates(kind, source, mapping)
    if not scan.needs_answer:
        return None
    if scan.mixed:
        return (
            f"The dates in {header} mix day-first and month-first: some have a day above "
            "12 first, others second. Say which order the file uses; rows that do not "
            "fit it are listed as errors."
        )
    return (
        f"The dates in {header} (such as {scan.ambiguous} on line {scan.line}) may be "
        "day-first or month-first, and no date in the file tells which."
    )


def unmapped_warning(kind: Kind, source: Source, mapping: Mapping) -> str | None:
    """The columns the import leaves out, as a sentence (None: it uses them all)."""
    left = unmapped(source.headers, mapping)
    if not left:
        return None
    names = ", ".join(f"{h} (column {i + 1})" for i, h in left)
    text = f"Not imported: {names}; no field takes {'it' if len(left) == 1 else 'them'}."
    if kind is Kind.MEMBERS and any(norm(h) == "balance" for _i, h in left):
        text += " Balances are imported on their own, as opening balances."
    return text + " Map a column to a field if it holds one."
