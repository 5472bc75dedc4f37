"""Small widgets several dialogs share: an inline error label and a section header."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QSizePolicy, QSplitter, QWidget

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


def count_text(loaded: int, has_more: bool, singular: str, plural: str | None = None) -> str:
    """The line under a lazy table: "1,234 members (more as you scroll)"."""
    noun = singular if loaded == 1 else (plural or singular + "s")
    more = " (more as you scroll)" if has_more else ""
    return f"{loaded:,} {noun}{more}"


def restore_splitter(
    settings: QSettings, key: str, splitter: QSplitter, default_sizes: list[int]
) -> None:
    """Put a splitter back where the person left it, or at its default sizes."""
    state = settings.value(key)
    if isinstance(state, QByteArray) and not state.isEmpty():
        splitter.restoreState(state)
    else:
        splitter.setSizes(default_sizes)


def save_splitter(settings: QSettings, key: str, splitter: QSplitter) -> None:
    settings.setValue(key, splitter.saveState())


def form_row(
    form: QFormLayout, text: str, field: QWidget | QLayout, buddy: QWidget | None = None
) -> None:
    """``text: field`` in a form; with ``buddy`` the label names (and its mnemonic focuses)
    that input inside a row of several widgets — never the row itself, which cannot take
    the focus."""
    form.addRow(text, field)
    label = form.labelForField(field)
    if buddy is not None and isinstance(label, QLabel):
        label.setBuddy(buddy)
