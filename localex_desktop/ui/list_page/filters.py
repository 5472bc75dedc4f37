"""The filters of a list page: choices, the search box, date ranges, laid in a bar or grid."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

from localex_desktop.ui.i18n import translate
from localex_desktop.ui.locale import qt_date_format
from localex_desktop.ui.models.lazy_view import LazyTableView


@dataclass(frozen=True)
class Choice:
    """A filter from a fixed list: a labelled combo box whose data is the filter value."""

    key: str
    label: str
    options: Sequence[tuple[str, Any]]
    accessible_name: str = ""


@dataclass(frozen=True)
class Filter:
    """One cell of the filters: ``label`` (may be "") and a widget ``span`` columns wide.

    In a grid, a labelled cell takes one more column for its label; ``stretch`` is the
    share of spare width the widget (its first column) takes.
    """

    label: str
    widget: QWidget
    span: int = 1
    stretch: int = 0


def choice_box(choice: Choice) -> QComboBox:
    box = QComboBox()
    for text, value in choice.options:
        box.addItem(text, value)
    box.setAccessibleName(choice.accessible_name or choice.label.replace("&", "").rstrip(":"))
    return box


def _label(cell: Filter) -> QLabel:
    label = QLabel(cell.label)
    label.setBuddy(cell.widget)
    return label


def filter_bar_layout(cells: Sequence[Filter], end: Sequence[QWidget] = ()) -> QHBoxLayout:
    """The filters in one row; ``end`` (e.g. "Clear filters") at its right end."""
    bar = QHBoxLayout()
    for n, cell in enumerate(cells):
        if n:
            bar.addSpacing(12)
        if cell.label:
            bar.addWidget(_label(cell))
        if isinstance(cell.widget, QComboBox):  # a choice is never cut ("Offers and wa")
            cell.widget.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        bar.addWidget(cell.widget, cell.stretch)
    if not cells or end:
        bar.addStretch(1)
    for widget in end:
        bar.addWidget(widget)
    return bar


def filter_grid_layout(rows: Sequence[Sequence[Filter]]) -> QGridLayout:
    """The filters in rows of cells, their columns lined up across the rows."""
    grid = QGridLayout()
    grid.setHorizontalSpacing(8)
    grid.setVerticalSpacing(6)
    for row, cells in enumerate(rows):
        column = 0
        for cell in cells:
            if cell.label:
                grid.addWidget(_label(cell), row, column)
                column += 1
            grid.addWidget(cell.widget, row, column, 1, cell.span)
            if cell.stretch > grid.columnStretch(column):
                grid.setColumnStretch(column, cell.stretch)
            column += cell.span
    return grid


SEARCH_MIN_CHARS = 16


class SearchEdit(QLineEdit):
    """A search box from which Down moves into the results (the page's table)."""

    def __init__(self, placeholder: str, accessible_name: str) -> None:
        super().__init__()
        self.results: LazyTableView | None = None
        # the key's name as the keyboard shows it ("Strg+F" on a German one)
        key = translate("list_page.filters", "(Ctrl+F)")
        self.setPlaceholderText(f"{placeholder}  {key}")
        self.setClearButtonEnabled(True)
        self.setAccessibleName(accessible_name)
        # the box people type into keeps room for a few words in a narrow window; the
        # other filters give way first (they show a choice, not what is being typed)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * SEARCH_MIN_CHARS)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        view = self.results
        if event.key() == Qt.Key.Key_Down and view is not None and view.model().rowCount() > 0:
            view.setFocus()
            if view.selected_row() is None:
                view.select_row(0)
            return
        super().keyPressEvent(event)


def _day(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class DateRange(QWidget):
    """Two optional dates, each behind a check box: "[x] Since: … [x] Until: …".

    A date that is not ticked is no limit. :attr:`changed` fires when a limit that
    applies changes.
    """

    changed = Signal()

    def __init__(self, since_text: str | None = None, until_text: str | None = None) -> None:
        super().__init__()
        self.since_check = QCheckBox(since_text or translate("list_page.filters", "&Since:"))
        self.since_edit = QDateEdit(QDate.currentDate().addMonths(-1))
        self.until_check = QCheckBox(until_text or translate("list_page.filters", "&Until:"))
        self.until_edit = QDateEdit(QDate.currentDate())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for check, edit in (
            (self.since_check, self.since_edit),
            (self.until_check, self.until_edit),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(qt_date_format())
            edit.setEnabled(False)
            edit.setAccessibleName(check.text().replace("&", "").rstrip(":"))
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(lambda _on: self.changed.emit())
            edit.dateChanged.connect(lambda _d, c=check: self._date_changed(c))
            layout.addWidget(check)
            layout.addWidget(edit)
            if check is self.since_check:
                layout.addSpacing(8)
        layout.addStretch(1)

    def _date_changed(self, check: QCheckBox) -> None:
        if check.isChecked():
            self.changed.emit()

    def since(self) -> date | None:
        return _day(self.since_edit) if self.since_check.isChecked() else None

    def until(self) -> date | None:
        return _day(self.until_edit) if self.until_check.isChecked() else None

    def clear(self) -> None:
        """Untick both (the dates stay for next time), without :attr:`changed`."""
        blocked = self.blockSignals(True)
        self.since_check.setChecked(False)
        self.until_check.setChecked(False)
        self.blockSignals(blocked)
