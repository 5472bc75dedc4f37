"""A small in-memory table over a list of dataclasses (entries, previews, problems)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractItemView, QTableView

from localex_desktop.ui.models.column_model import ColumnTableModel
from localex_desktop.ui.models.columns import Column, cell
from localex_desktop.ui.models.lazy_view import ColumnSizer, read_only_rows

R = TypeVar("R")


class ListTableModel(ColumnTableModel[R]):
    """Rows given whole by the page (already fetched off the UI thread); read-only."""

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(columns, parent)
        self._rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row(self, row: int) -> R:
        return self._rows[row]

    def row_count(self) -> int:
        return len(self._rows)

    def cell_data(self, row: int, column: int, role: int) -> Any:
        return cell(self.columns, self._rows[row], column, role, self.unit)


def plain_table(model: ListTableModel[Any]) -> QTableView:
    """A read-only, row-selecting table sized from the model's column widths."""
    view = QTableView()
    view.setModel(model)
    read_only_rows(view)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    horizontal = view.horizontalHeader()
    horizontal.setHighlightSections(False)
    ColumnSizer(view, model.columns)  # owned by the view
    return view
