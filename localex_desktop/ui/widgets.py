"""Small widgets several dialogs share: an inline error label and a section header."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

ERROR_STYLE = "color: #b3261e;"
OK_STYLE = "color: #1f6f3c;"
MUTED_STYLE = "color: palette(mid);"


class MessageLabel(QLabel):
    """A word-wrapped line under a form that shows an error (red) or a result (green)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clear_message()

    def show_error(self, message: str, hint: str = "") -> None:
        self.setStyleSheet(ERROR_STYLE)
        self.setText(f"{message} {hint}".strip())
        self.setVisible(True)

    def show_ok(self, message: str) -> None:
        self.setStyleSheet(OK_STYLE)
        self.setText(message)
        self.setVisible(True)

    def clear_message(self) -> None:
        self.setText("")
        self.setVisible(False)


def hint_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A quiet explanatory line under a field."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    label.setStyleSheet(MUTED_STYLE)
    return label
