"""The Qt side every table model of the program shares: columns, counts, cells, headers.

:class:`ColumnTableModel` answers Qt's questions from a list of :class:`Column`; a model
only says how many rows it has and what a row's cell holds (the lazy model from its
cached pages, the list model from its list).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from localex_desktop.ui.models.columns import Column, header

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


class ColumnTableModel(QAbstractTableModel, Generic[R]):
    """A read-only table of :class:`Column` over rows; ``unit`` goes into amount headers."""

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.unit = ""

    def row_count(self) -> int:
        """How many rows the table has now."""
        raise NotImplementedError

    def cell_data(self, row: int, column: int, role: int) -> Any:
        """What Qt's ``data`` gives for an existing row."""
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.row_count():
            return None
        return self.cell_data(index.row(), index.column(), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return self.row_header(section, role)
        return header(self.columns, section, role, self.unit)

    def row_header(self, row: int, role: int) -> Any:
        """A row's title for assistive technology (the hidden vertical header): its text in
        the column that names it, the stretching one (a member's name), else the first."""
        if role != Qt.ItemDataRole.DisplayRole or not 0 <= row < self.row_count():
            return None
        named = next((n for n, col in enumerate(self.columns) if col.stretch), 0)
        return self.cell_data(row, named, role) if self.columns else None
