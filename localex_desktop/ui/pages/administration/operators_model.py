"""A table model over ``operators.list_all``: few rows, loaded whole, sorted by a proxy."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from localex_desktop.domain.roles import Role
from localex_desktop.services.operators import OperatorInfo
from localex_desktop.ui.i18n import translate, translate_marked

Index = QModelIndex | QPersistentModelIndex

_C = "pages.administration.operators_model"
#: the columns' titles (shown through translate_marked)
COLUMNS = (
    QT_TRANSLATE_NOOP("pages.administration.operators_model", "User name"),
    QT_TRANSLATE_NOOP("pages.administration.operators_model", "Display name"),
    QT_TRANSLATE_NOOP("pages.administration.operators_model", "Role"),
    QT_TRANSLATE_NOOP("pages.administration.operators_model", "Status"),
    QT_TRANSLATE_NOOP("pages.administration.operators_model", "Last sign-in"),
    QT_TRANSLATE_NOOP("pages.administration.operators_model", "Created"),
)
#: a role as the Role column shows it
ROLE_TEXT = {
    Role.ADMIN: QT_TRANSLATE_NOOP("pages.administration.operators_model", "Admin"),
    Role.COORDINATOR: QT_TRANSLATE_NOOP("pages.administration.operators_model", "Coordinator"),
    Role.BOOKKEEPER: QT_TRANSLATE_NOOP("pages.administration.operators_model", "Bookkeeper"),
}
SORT_ROLE = Qt.ItemDataRole.UserRole


def _when(value: datetime | None) -> str:
    if value is None:
        return translate("pages.administration.operators_model", "never")
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def status_text(op: OperatorInfo, now: datetime | None = None) -> str:
    if not op.active:
        return translate("pages.administration.operators_model", "Disabled")
    now = now or datetime.now(UTC)
    if op.locked_until is not None and op.locked_until > now:
        return translate("pages.administration.operators_model", "Locked until {time}").format(
            time=op.locked_until.astimezone().strftime("%H:%M")
        )
    return translate("pages.administration.operators_model", "Active")


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
                translate_marked(_C, str(ROLE_TEXT.get(op.role, op.role.value.capitalize()))),
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
            return translate_marked(_C, str(COLUMNS[section]))
        return None
