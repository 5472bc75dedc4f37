"""What a check of an import file finds, and what an import wrote: plain dataclasses."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

from localex_desktop.domain.errors import ValidationError
from localex_desktop.domain.words import counted
from localex_desktop.services.imports.values import DateOrder


class Kind(enum.StrEnum):
    """What a file holds."""

    MEMBERS = "members"
    LISTINGS = "listings"
    BALANCES = "balances"


#: what kind of problem a row has: wrong in itself, the same as another row of the file,
#: or naming someone the database knows as somebody else
ERROR, DUPLICATE, CONFLICT = "error", "duplicate", "conflict"


@dataclass(frozen=True)
class RowError:
    """One reason a row cannot be imported, by the line a text editor shows."""

    line: int
    message: str
    column: str | None = None
    kind: str = ERROR

    def __str__(self) -> str:
        where = f" ({self.column})" if self.column else ""
        what = "" if self.kind == ERROR else f"{self.kind}: "
        return f"line {self.line}{where}: {what}{self.message}"


@dataclass
class ImportOptions:
    allow_over_limit: bool = False  # balances: post past credit/upper limits
    memo: str | None = None  # balances: the transaction's memo
    create_categories: bool = True  # listings: add categories the file names
    #: how to read dates such as 03/04/2024 (None: as the file proves, or ask)
    dates: DateOrder | None = None


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
    #: things the person should know that do not stop the import (unknown columns)
    warnings: list[str] = field(default_factory=list)
    dates: DateOrder | None = None  # the order the file's dates were read in

    @property
    def conflicts(self) -> list[RowError]:
        return [e for e in self.errors if e.kind == CONFLICT]

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
            f"{counted(len(self.errors), 'row')} with errors"
        )
        if self.conflicts:
            text += f" ({len(self.conflicts)} naming someone else)"
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
            f"{counted(n, 'row')} of {preview.source} have errors, so nothing was imported "
            f"(first: {first}).",
            hint="Correct the file (or the column mapping) and import it again.",
        )
        self.preview = preview
        self.errors = preview.errors
