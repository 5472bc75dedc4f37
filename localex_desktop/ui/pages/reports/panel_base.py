"""What every report panel shares: its parameters row, the task that computes the report,
the tables that show it, and a summary line.

A panel reads its parameters on the UI thread, computes the report with the service in
one read-only transaction (``ctx.query``), and shows it; a reply to an older request is
dropped. The page around the panels saves, prints and exports the panel's last report.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QDate, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from localex_desktop.domain.money import Currency
from localex_desktop.domain.roles import Actor
from localex_desktop.services import settings
from localex_desktop.services.report_titles import Heading
from localex_desktop.services.work import Work
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import describe
from localex_desktop.ui.i18n import translate, translate_marked
from localex_desktop.ui.list_page.parts import reading_order
from localex_desktop.ui.locale import currency_of, qt_date_format
from localex_desktop.ui.models.columns import Column, MoneyFormat
from localex_desktop.ui.models.list_table import ListTableModel, plain_table
from localex_desktop.ui.widgets import MUTED_STYLE, MessageLabel, single_shot

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
DEBOUNCE_MS = 350


@dataclass(frozen=True)
class Loaded:
    """A computed report with what it takes to show and print it."""

    report: Any
    currency: Currency
    exchange: str
    title: str
    subtitle: str
    stem: str  # start of the suggested file name


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def date_edit(value: date, name: str) -> QDateEdit:
    edit = QDateEdit(qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(qt_date_format())
    edit.setAccessibleName(name)
    return edit


class ReportTableModel(ListTableModel[R]):
    """A read-only table whose total rows are drawn in bold."""

    def __init__(
        self,
        columns: Sequence[Column[R]],
        is_total: Callable[[R], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(columns, parent)
        self.is_total = is_total
        self._bold = QFont()
        self._bold.setBold(True)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid():
            return self._bold if self.is_total(self.row(index.row())) else None
        return super().data(index, role)

    def cell_text(self, row: int, column: int) -> str:
        """What the table shows in a cell (tests compare it with the services' figures)."""
        return str(self.data(self.index(row, column)) or "")

    def column_titles(self) -> list[str]:
        return [
            str(self.headerData(i, Qt.Orientation.Horizontal)) for i in range(len(self.columns))
        ]


def report_table(model: ReportTableModel[Any], name: str) -> QTableView:
    view = plain_table(model)
    view.setAccessibleName(name)
    view.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
    return view


class ReportPanel(QWidget):
    """Parameters at the top, results below; subclasses fill in the report."""

    key = ""
    #: the tab's title, marked with ``QT_TRANSLATE_NOOP(title_context, …)`` where written
    title = ""
    title_context = ""
    #: a report was shown (or failed: ``loaded`` is then None)
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.money = MoneyFormat()
        self.loaded: Loaded | None = None
        self._generation = 0
        self._built = False
        self.params = QHBoxLayout()
        self.params.setSpacing(8)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = MessageLabel()
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 10, 8, 6)
        layout.setSpacing(8)
        layout.addLayout(self.params)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        self._timer = single_shot(self, DEBOUNCE_MS, self.refresh)

    def shown_title(self) -> str:
        """The report's title in the program's language (the tab, the table's name)."""
        return translate_marked(self.title_context, self.title)

    def add_param(self, text: str, widget: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        self.params.addWidget(label)
        self.params.addWidget(widget)
        self.params.addSpacing(6)

    def add_period(self, since: date, until: date) -> tuple[QDateEdit, QDateEdit]:
        """The From and To dates of a report over a period; a change of either computes
        the report again."""
        since_edit = date_edit(since, translate("pages.reports.panel_base", "From"))
        until_edit = date_edit(until, translate("pages.reports.panel_base", "To"))
        for edit in (since_edit, until_edit):
            edit.dateChanged.connect(lambda _d: self.changed_later())
        self.add_param(translate("pages.reports.panel_base", "&From:"), since_edit)
        self.add_param(translate("pages.reports.panel_base", "&To:"), until_edit)
        return since_edit, until_edit

    def finish_params(self, hint: str = "") -> None:
        # Tab as one reads: the parameters left to right, then the results below them
        # (a parameter put into its row after the table was made came after it)
        items = [self.params.itemAt(n) for n in range(self.params.count())]
        items += [self.body.itemAt(n) for n in range(self.body.count())]
        reading_order([item.widget() for item in items if item is not None])
        self.params.addStretch(1)
        if hint:
            note = QLabel(hint)
            note.setStyleSheet(MUTED_STYLE)
            self.params.addWidget(note)

    def changed_later(self) -> None:
        """A parameter changed: compute again after a short pause."""
        self._timer.start()

    # -- what subclasses provide --------------------------------------------------------

    def compute(self) -> Work[tuple[Any, Heading]]:
        """Read the parameters now; return the work that computes the report (and its
        heading) in a read-only transaction."""
        raise NotImplementedError

    def show_report(self, loaded: Loaded) -> None:
        raise NotImplementedError

    # -- running --------------------------------------------------------------------------

    def mark_stale(self) -> None:
        """Compute again the next time the panel is shown."""
        self._built = False

    def ensure_loaded(self) -> None:
        if not self._built:
            self.refresh()

    def refresh(self) -> None:
        self._timer.stop()
        self._built = True
        self._generation += 1
        generation = self._generation
        try:
            make = self.compute()
        except Exception as exc:  # a parameter the service would refuse
            self._failed(generation, exc)
            return

        def work(session: Session, actor: Actor) -> Loaded:
            report, heading = make(session, actor)
            exchange = str(settings.get(session, "exchange_name") or "")
            return Loaded(
                report, currency_of(session), exchange,
                heading.title, heading.subtitle, heading.stem,
            )  # fmt: skip

        def done(loaded: Loaded) -> None:
            if generation != self._generation:
                return
            self.loaded = loaded
            self.money.currency = loaded.currency
            self.message.clear_message()
            self.show_report(loaded)
            self.changed.emit()

        self.ctx.query(work, done, lambda exc: self._failed(generation, exc), owner=self)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.loaded = None
        self.message.show_error(*describe(exc))
        self.changed.emit()
