"""The import wizard without widgets: a state machine the GUI draws and the CLI runs.

choose file → format (encoding, delimiter, sheet: detected, can be overridden)
→ mapping (columns to fields: guessed from the headers, can be changed)
→ preview (every row checked, errors with line numbers, duplicates listed)
→ commit (one database transaction; refused while any row has an error)
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from localex_desktop.domain.errors import ValidationError
from localex_desktop.domain.roles import Actor
from localex_desktop.services.imports.checking import (
    ImportRequest,
    date_question,
    scan_file_dates,
    unmapped_warning,
)
from localex_desktop.services.imports.commit import commit, preview
from localex_desktop.services.imports.fields import (
    FIELDS,
    FieldSpec,
    Mapping,
    auto_map,
    check_mapping,
    field_names,
    parse_mapping,
)
from localex_desktop.services.imports.results import ImportOptions, ImportResult, Kind, Preview
from localex_desktop.services.imports.sources import Source, read_bytes, read_source
from localex_desktop.services.imports.values import DateOrder, DateScan


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
    :meth:`commit` in one transaction (``ctx.op``). :meth:`back` returns to the page before.
    """

    def __init__(self, kind: Kind | str, options: ImportOptions | None = None) -> None:
        self.kind = Kind(kind)
        self.options = options or ImportOptions()
        self.step = Step.CHOOSE_FILE
        self.path: Path | None = None
        self._data: bytes | None = None
        self.source: Source | None = None
        self.mapping: Mapping = {}
        self._mapped_headers: list[str] | None = None  # the headers ``mapping`` is for
        self.preview: Preview | None = None
        self.result: ImportResult | None = None

    @property
    def fields(self) -> tuple[FieldSpec, ...]:
        return FIELDS[self.kind]

    def _need(self, *steps: Step) -> None:
        if self.step not in steps:
            raise FlowError(f"The import is at the {self.step.value} step.")

    def _request(self) -> ImportRequest:
        """The file as mapped so far, for checking or writing."""
        assert self.source is not None
        return ImportRequest(self.kind, self.source, self.mapping, self.options)

    def choose_file(self, path: Path | str) -> Source:
        self._need(Step.CHOOSE_FILE, Step.FORMAT)
        p = Path(path)
        self._data = read_bytes(p)
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
        """Guess the mapping from the headers, or keep the person's own when they came
        back (Back, then Next) to a file with the same headers."""
        self._need(Step.FORMAT)
        assert self.source is not None
        headers = self.source.headers
        kept = self._mapped_headers == headers
        base = dict(self.mapping) if kept else auto_map(self.kind, headers)
        self.mapping = parse_mapping(self.kind, headers, overrides, base)
        self._mapped_headers = list(headers)
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

    def unmapped_warning(self) -> str | None:
        """The columns left out, as a sentence to show (None: every column is used)."""
        assert self.source is not None
        return unmapped_warning(self.kind, self.source, self.mapping)

    def date_scan(self) -> DateScan:
        """What the mapped date columns say about the order of day and month."""
        assert self.source is not None
        return scan_file_dates(self.kind, self.source, self.mapping)[0]

    def date_question(self) -> str | None:
        """What to ask before checking: the dates read two ways (None: nothing to ask)."""
        assert self.source is not None
        if self.options.dates is not None:
            return None
        return date_question(self.kind, self.source, self.mapping)

    def set_dates(self, order: DateOrder | str | None) -> None:
        """How the file writes dates such as 03/04/2024 (None: as the file proves)."""
        self.options.dates = None if order is None else DateOrder(order)
        self.preview = None

    def run_preview(self, session: Session, actor: Actor) -> Preview:
        self._need(Step.MAPPING, Step.PREVIEW)
        self.preview = preview(session, actor, self._request())
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
        self.result = commit(session, actor, self._request())
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
