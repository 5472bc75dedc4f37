"""Bring members, listings and opening balances in from CSV or XLSX, all or nothing.

The import is a plain state machine (:class:`ImportFlow`, in :mod:`.flow`) so the GUI
wizard only has to draw it and the admin command can run it in one go. The parts, one
idea each:

* :mod:`.sources` reads a file (CSV or XLSX); :mod:`.charsets` tells which encoding a
  file that is not UTF-8 was written in;
* :mod:`.fields` says which fields each kind fills and maps columns to them;
* :mod:`.values` reads one cell (dates, amounts, yes/no, member numbers);
* :mod:`.checking` holds the :class:`Importer` protocol; :mod:`.check_members`,
  :mod:`.check_listings` and :mod:`.check_balances` are the importers;
* :mod:`.commit` checks a file (writing nothing) or writes it, all rows or none, in the
  caller's one transaction.

Running the same file twice adds nothing the second time: rows already in the
database are reported as duplicates and skipped.
"""

from localex_desktop.services.imports.charsets import detect_encoding
from localex_desktop.services.imports.checking import Check, Importer, ImportRequest, Written
from localex_desktop.services.imports.commit import IMPORTERS, commit, preview
from localex_desktop.services.imports.fields import (
    FIELDS,
    FieldSpec,
    Mapping,
    Shown,
    auto_map,
    check_mapping,
    field_names,
    parse_mapping,
    show,
    shown_fields,
    unmapped,
)
from localex_desktop.services.imports.flow import FlowError, ImportFlow, Step
from localex_desktop.services.imports.results import (
    CONFLICT,
    DUPLICATE,
    ERROR,
    ImportOptions,
    ImportRefused,
    ImportResult,
    Kind,
    PlannedRow,
    Preview,
    RowError,
)
from localex_desktop.services.imports.sources import (
    DELIMITER_NAMES,
    DELIMITERS,
    MAX_ROWS,
    Source,
    SourceRow,
    detect_delimiter,
    read_csv,
    read_source,
    read_xlsx,
)
from localex_desktop.services.imports.values import (
    DATE_ORDER_TEXT,
    DateOrder,
    DateScan,
    fold,
    parse_date,
    unsafe,
)

__all__ = [
    "CONFLICT",
    "DATE_ORDER_TEXT",
    "DELIMITERS",
    "DELIMITER_NAMES",
    "DUPLICATE",
    "ERROR",
    "FIELDS",
    "IMPORTERS",
    "MAX_ROWS",
    "Check",
    "DateOrder",
    "DateScan",
    "FieldSpec",
    "FlowError",
    "ImportFlow",
    "ImportOptions",
    "ImportRefused",
    "ImportRequest",
    "ImportResult",
    "Importer",
    "Kind",
    "Mapping",
    "PlannedRow",
    "Preview",
    "RowError",
    "Shown",
    "Source",
    "SourceRow",
    "Step",
    "Written",
    "auto_map",
    "check_mapping",
    "commit",
    "detect_delimiter",
    "detect_encoding",
    "field_names",
    "fold",
    "parse_date",
    "parse_mapping",
    "preview",
    "read_csv",
    "read_source",
    "read_xlsx",
    "show",
    "shown_fields",
    "unmapped",
    "unsafe",
]
