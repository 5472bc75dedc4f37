""" "Export…" for any view: a CSV/XLSX file dialog, the service export, a done message.

A page adds the button with one call and tells it how to read the filter the view is
showing *now* (read when the button is pressed, on the UI thread)::

    self.export_button = export_button(ctx, self, "members", lambda: members_args(self.model))

The export runs :data:`services.exports.EXPORTERS` ``[what](session, actor, …)`` as one
read (``ctx.query``: a READ ONLY transaction off the UI thread), writes the file there
too (:func:`exports.write_table`: exact decimal amounts, UTF-8 with a byte-order mark)
and says how many rows went where.
Exporting only reads, so every role may do it, bookkeepers included.

What the "filter" callable returns is one of:

* the filter object the exporter takes after ``(session, actor)`` (``ListingFilter``,
  ``TradeFilter``, ``AuditFilter``, …), or None for everything;
* :class:`ExportArgs` for exporters with several arguments (members: text, status);
* :class:`InSession` when the filter needs the database to be complete (the ledger's
  system-account choice becomes an account id): its function runs in the worker.

The helpers at the end translate the views' own filters (the lazy models' queries).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget
from sqlalchemy.orm import Session

from localex_desktop.domain.roles import Actor
from localex_desktop.services import exports, ledger, listings, trades
from localex_desktop.ui import messages
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import show_error
from localex_desktop.ui.i18n import translate, translate_marked
from localex_desktop.ui.locale import style
from localex_desktop.ui.models.lazy_table import LazyTableModel

FOLDER_KEY = "export/folder"
#: the file type chosen in the last save dialog, as shown (the CSV dialect follows it)
LAST_FILTER = [""]
#: the file dialogs' filters (marked: :func:`choose_save_path` shows them translated)
CSV_FILTER = str(QT_TRANSLATE_NOOP("exporting", "CSV file (*.csv)"))
SPREADSHEET_FILTER = str(QT_TRANSLATE_NOOP("exporting", "CSV, as my spreadsheet reads it (*.csv)"))
XLSX_FILTER = str(QT_TRANSLATE_NOOP("exporting", "Excel workbook (*.xlsx)"))
PDF_FILTER = str(QT_TRANSLATE_NOOP("exporting", "PDF document (*.pdf)"))


def _caption(what: str) -> str:
    """The save dialog's title for the export ``what``."""
    captions = {
        "members": translate("exporting", "Export members"),
        "listings": translate("exporting", "Export listings"),
        "trades": translate("exporting", "Export trades"),
        "transactions": translate("exporting", "Export ledger entries"),
        "audit": translate("exporting", "Export audit log entries"),
    }
    return captions.get(what) or translate("exporting", "Export {what}").format(what=what)


def _exported(what: str, rows: int, file: str) -> str:
    """The done message: how many rows went to which file (one whole sentence each)."""
    if what == "members":
        text = translate("exporting", "Exported %Ln member(s) to {file}.", None, rows)
    elif what == "listings":
        text = translate("exporting", "Exported %Ln listing(s) to {file}.", None, rows)
    elif what == "trades":
        text = translate("exporting", "Exported %Ln trade(s) to {file}.", None, rows)
    elif what == "transactions":
        text = translate("exporting", "Exported %Ln ledger entr(y|ies) to {file}.", None, rows)
    elif what == "audit":
        text = translate("exporting", "Exported %Ln audit log entr(y|ies) to {file}.", None, rows)
    else:
        text = translate("exporting", "Exported %Ln row(s) to {file}.", None, rows)
    return text.format(file=file)


def _export_tip(what: str) -> str:
    """The Export… button's tooltip."""
    tips = {
        "members": translate(
            "exporting",
            "Save the members this view shows, with its filters, as a CSV file or an Excel "
            "workbook",
        ),
        "listings": translate(
            "exporting",
            "Save the listings this view shows, with its filters, as a CSV file or an Excel "
            "workbook",
        ),
        "trades": translate(
            "exporting",
            "Save the trades this view shows, with its filters, as a CSV file or an Excel workbook",
        ),
        "transactions": translate(
            "exporting",
            "Save the ledger entries this view shows, with its filters, as a CSV file or an "
            "Excel workbook",
        ),
        "audit": translate(
            "exporting",
            "Save the audit log entries this view shows, with its filters, as a CSV file or an "
            "Excel workbook",
        ),
    }
    return tips.get(what) or translate(
        "exporting",
        "Save the rows this view shows, with its filters, as a CSV file or an Excel workbook",
    )


@dataclass(frozen=True)
class ExportArgs:
    """Positional and keyword arguments for the exporter, after ``(session, actor)``."""

    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class InSession:
    """A filter completed in the worker, with the export's own session."""

    resolve: Callable[[Session], Any]


# -- choosing a file --------------------------------------------------------------------


def last_folder(ctx: AppContext) -> Path:
    saved = ctx.settings.value(FOLDER_KEY)
    if isinstance(saved, str) and saved and Path(saved).is_dir():
        return Path(saved)
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


def remember_folder(ctx: AppContext, path: Path) -> None:
    ctx.settings.setValue(FOLDER_KEY, str(path.parent if path.suffix else path))


def choose_save_path(
    ctx: AppContext,
    parent: QWidget | None,
    caption: str,
    file_name: str,
    name_filters: list[str],
) -> Path | None:
    """A "Save as" dialog starting in the last folder used; the suffix of the chosen
    filter is added when the name has none. None when the person cancels."""
    start = str(last_folder(ctx) / file_name)
    shown = [translate_marked("exporting", f) for f in name_filters]
    chosen, selected = QFileDialog.getSaveFileName(parent, caption, start, ";;".join(shown))
    LAST_FILTER[0] = selected
    if not chosen:
        return None
    path = Path(chosen)
    wanted = _suffix(selected or name_filters[0])
    if wanted and path.suffix.lower() not in (".csv", ".xlsx", ".pdf"):
        path = path.with_name(path.name + wanted)
    remember_folder(ctx, path)
    return path


def choose_pdf_path(
    ctx: AppContext, parent: QWidget | None, caption: str, file_name: str
) -> Path | None:
    """:func:`choose_save_path` for a PDF file: the name always ends in ``.pdf``."""
    path = choose_save_path(ctx, parent, caption, file_name, [PDF_FILTER])
    if path is not None and path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    return path


def _suffix(name_filter: str) -> str:
    start = name_filter.find("(*")
    return name_filter[start + 2 : name_filter.find(")", start)] if start >= 0 else ""


# -- exporting --------------------------------------------------------------------------


def run_exporter(session: Session, actor: Actor, what: str, flt: Any) -> exports.Table:
    """The exporter ``what`` with the view's filter (resolved in this session if needed)."""
    exporter = exports.EXPORTERS[what]
    if isinstance(flt, InSession):
        flt = flt.resolve(session)
    if isinstance(flt, ExportArgs):
        return exporter(session, actor, *flt.args, **dict(flt.kwargs))
    return exporter(session, actor, flt)


def export_view(
    ctx: AppContext,
    parent: QWidget,
    what: str,
    current_filter: Callable[[], Any],
    *,
    on_done: Callable[[Path, int], None] | None = None,
) -> None:
    """Ask for a file, export what the view shows off the UI thread, say what was written."""
    if what not in exports.EXPORTERS:
        raise KeyError(what)
    path = choose_save_path(
        ctx, parent, _caption(what), f"{what}.csv", [CSV_FILTER, SPREADSHEET_FILTER, XLSX_FILTER]
    )
    if path is None:
        return
    flt = current_filter()
    # semicolons and decimal commas where the locale writes decimal commas
    spreadsheet = translate_marked("exporting", SPREADSHEET_FILTER)
    mine = exports.dialect_for(style().decimal) if LAST_FILTER[0] == spreadsheet else None

    def work(session: Session, actor: Actor) -> int:
        exports.format_of(path)  # refuses other suffixes before any reading
        table = run_exporter(session, actor, what, flt)
        return exports.write_table(table, path, dialect=mine or exports.PLAIN_CSV)

    def done(rows: int) -> None:
        if on_done is not None:
            on_done(path, rows)
        messages.inform(
            parent,
            _exported(what, rows, path.name),
            translate("exporting", "The file is in {folder}.").format(folder=path.parent),
        )

    ctx.query(work, done, lambda exc: show_error(parent, exc), owner=parent)


def export_button(
    ctx: AppContext, parent: QWidget, what: str, current_filter: Callable[[], Any]
) -> QPushButton:
    """An "E&xport…" button that exports what the view shows (see :func:`export_view`)."""
    button = QPushButton(translate("exporting", "E&xport…"), parent)
    button.setToolTip(_export_tip(what))
    button.clicked.connect(lambda _checked=False: export_view(ctx, parent, what, current_filter))
    return button


# -- the views' filters as the exporters take them ----------------------------------------


def members_args(model: LazyTableModel[Any]) -> ExportArgs:
    """The Members view: its search text and status (the query's filters)."""
    q = model.query
    status = q.filters if isinstance(q.filters, str) and q.filters else None
    return ExportArgs((q.text,), {"status": status})


def listings_filter(model: LazyTableModel[Any]) -> listings.ListingFilter:
    """The Listings view: search text, kind, status, member, category (with sub-categories)."""
    q = model.query
    f = q.filters
    return listings.ListingFilter(
        text=q.text,
        kind=getattr(f, "kind", None),
        status=getattr(f, "status", None),
        member_id=getattr(f, "member_id", None),
        category_id=getattr(f, "category_id", None),
    )


def trades_filter(model: LazyTableModel[Any]) -> trades.TradeFilter:
    """The Trades view: its status tab, member and search text."""
    q = model.query
    f = q.filters
    return trades.TradeFilter(
        status=getattr(f, "status", None), member_id=getattr(f, "member_id", None), text=q.text
    )


def journal_filter(model: LazyTableModel[Any]) -> InSession:
    """The Ledger view: member or system account, kind, category, dates, memo words."""
    q = model.query
    f = q.filters
    code = getattr(f, "account_code", None)
    text = q.text.strip() or None

    def resolve(session: Session) -> ledger.JournalFilter:
        return ledger.JournalFilter(
            member_id=getattr(f, "member_id", None),
            account_id=ledger.system_account(session, code) if code else None,
            kind=getattr(f, "kind", None),
            category_id=getattr(f, "category_id", None),
            since=getattr(f, "since", None),
            until=getattr(f, "until", None),
            text=text,
        )

    return InSession(resolve)


def audit_filter(applied: Any) -> exports.AuditFilter:
    """The Audit log view's applied filters (same fields as :class:`exports.AuditFilter`)."""
    if applied is None:
        return exports.AuditFilter()
    names = {f.name for f in dataclasses.fields(exports.AuditFilter)}
    return exports.AuditFilter(**{n: getattr(applied, n, None) for n in names})
