"""A table model over ``operators.list_all``: few rows, loaded whole, sorted by a proxy."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from localex_desktop.services.operators import OperatorInfo

Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("User name", "Display name", "Role", "Status", "Last sign-in", "Created")
SORT_ROLE = Qt.ItemDataRole.UserRole


def _when(value: datetime | None) -> str:
    if value is None:
        return "never"
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def status_text(op: OperatorInfo, now: datetime | None = None) -> str:
    if not op.active:
        return "Disabled"
    now = now or datetime.now(UTC)
    if op.locked_until is not None and op.locked_until > now:
        return f"Locked until {op.locked_until.astimezone().strftime('%H:%M')}"
    return "Active"


class OperatorTableModel(QAbstractTableModel):
    """One row per operator; :meth:`operator` gives the row's dataclass back."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[OperatorInfo] = []

    def set_operators(self, rows: list[OperatorInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def operator(self, row: int) -> OperatorInfo:
        return self._rows[row]

    def row_of(self, operator_id: int) -> int | None:
        for row, op in enumerate(self._rows):
            if op.id == operator_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        op = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                op.username,
                op.display_name,
                op.role.value.capitalize(),
                status_text(op),
                _when(op.last_login_at),
                _when(op.created_at),
            )[column]
        if role == SORT_ROLE:
            return (
                op.username.lower(),
                op.display_name.lower(),
                op.role.value,
                status_text(op),
                op.last_login_at.timestamp() if op.last_login_at else 0.0,
                op.created_at.timestamp(),
            )[column]
        if role == Qt.ItemDataRole.ForegroundRole and not op.active:
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return COLUMNS[section]
        return None
