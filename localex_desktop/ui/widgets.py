"""Small widgets several dialogs share: an inline error label, hints, a Browse… row."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeAlias

from PySide6.QtCore import QByteArray, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from localex_desktop.domain.errors import LocalexError
from localex_desktop.ui import accessibility
from localex_desktop.ui.i18n import translate

ERROR_STYLE = "color: #b3261e;"
OK_STYLE = "color: #1f6f3c;"
MUTED_STYLE = "color: palette(mid);"


class MessageLabel(QLabel):
    """A word-wrapped line under a form that shows an error (red) or a result (green)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what people typed
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clear_message()

    def show_error(self, message: str, hint: str = "") -> None:
        self.setStyleSheet(accessibility.tone_style("error", self))
        self.setText(f"{message} {hint}".strip())
        accessibility.announce_error(self, self.text())
        self.setVisible(True)

    def show_refusal(self, exc: LocalexError) -> None:
        """What a service or a check refused, with what to do about it."""
        self.show_error(exc.message, exc.hint or "")

    def show_ok(self, message: str) -> None:
        self.setStyleSheet(accessibility.tone_style("ok", self))
        accessibility.clear_error(self)
        self.setText(message)
        self.setVisible(True)

    def clear_message(self) -> None:
        accessibility.clear_error(self)
        self.setText("")
        self.setVisible(False)


def hint_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A quiet explanatory line under a field."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    label.setStyleSheet(accessibility.tone_style("muted", label))  # quiet, yet readable
    return label


def count_text(counted: str, has_more: bool) -> str:
    """The line under a lazy table: "1,234 members (more as you scroll)".

    ``counted`` is the page's own plural, already translated ("%Ln member(s)").
    """
    if not has_more:
        return counted
    return translate("widgets", "{counted} (more as you scroll)").format(counted=counted)


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
        accessibility.named_by(label, buddy)


def browse_row(
    edit: QLineEdit,
    browse: Callable[[], None],
    text: str | None = None,
    label: QLabel | None = None,
) -> tuple[QPushButton, QHBoxLayout]:
    """``edit`` (after ``label``, if any) with a button that calls ``browse``, as one row
    (the button says ``text``, by default "Browse…").
    Enter in the field is the dialog's OK, never a file chooser: the button is no default."""
    button = QPushButton(text if text is not None else translate("widgets", "Browse…"))
    button.setAutoDefault(False)
    button.clicked.connect(browse)
    row = QHBoxLayout()
    if label is not None:
        row.addWidget(label)
    row.addWidget(edit, 1)
    row.addWidget(button)
    return button, row


def choose_folder(parent: QWidget, title: str, edit: QLineEdit) -> None:
    """Ask for a folder, starting at ``edit``'s; the chosen one goes into ``edit``."""
    folder = QFileDialog.getExistingDirectory(parent, title, edit.text())
    if folder:
        edit.setText(folder)


def detail_label(widget: QWidget) -> QLabel:
    """Plain, selectable text about the chosen row, wrapped, at least three lines tall
    (so the page does not jump as rows are chosen)."""
    label = QLabel("")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setMinimumHeight(widget.fontMetrics().height() * 3)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


def window_layout(widget: QWidget, spacing: int | None = None) -> QVBoxLayout:
    """The column a dialog (or a page) stacks its parts in, with the program's margins."""
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(16, 16, 16, 12)
    if spacing is not None:
        layout.setSpacing(spacing)
    return layout


def ok_buttons(
    ok_text: str,
    submit: Callable[[], object],
    reject: Callable[[], object],
    other: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Cancel,
) -> tuple[QDialogButtonBox, QPushButton]:
    """OK, named ``ok_text``, which calls ``submit``, beside ``other`` (Cancel or Close),
    which calls ``reject``; the box and its OK button."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | other)
    ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok_button.setText(ok_text)
    buttons.accepted.connect(submit)
    buttons.rejected.connect(reject)
    return buttons, ok_button


class FormFrame(QDialog):
    """A form over an inline message over OK and Cancel: the frame of the dialogs that
    change one thing. OK calls :meth:`submit`; subclasses fill the form and submit.
    Ctrl+Enter is OK from any field, also a multi-line one where Enter starts a line."""

    def __init__(self, title: str, ok_text: str, width: int, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(width)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.message = MessageLabel()
        self.buttons, self.ok_button = ok_buttons(ok_text, self.submit, self.reject)
        self.layout_ = window_layout(self, 10)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.message)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.ctrl_enter)

    def ctrl_enter(self) -> None:
        """Ctrl+Enter: what OK does, when OK may be pressed now."""
        if self.ok_button.isEnabled() and self.ok_button.isVisible():
            self.ok_button.click()

    def submit(self) -> None:
        """OK was pressed."""


#: what a row or a column of widgets holds, in order: a widget, a layout, (widget,
#: stretch[, alignment]), a number of pixels of space, or STRETCH for the free space
Part: TypeAlias = (
    QWidget | QLayout | tuple[QWidget, int] | tuple[QWidget, int, Qt.AlignmentFlag] | int | None
)
STRETCH = None


def fill_box(layout: QBoxLayout, parts: tuple[Part, ...]) -> None:
    """Add ``parts`` to ``layout`` in order (see :data:`Part`)."""
    for part in parts:
        if part is STRETCH:
            layout.addStretch(1)
        elif isinstance(part, int):
            layout.addSpacing(part)
        elif isinstance(part, QLayout):
            layout.addLayout(part)
        elif isinstance(part, tuple):
            layout.addWidget(*part)
        else:
            layout.addWidget(part)


def row_widget(*parts: Part, focus: QWidget | None = None) -> QWidget:
    """``parts`` side by side without margins, as one widget (for a form's field); keyboard
    focus given to it goes to ``focus``."""
    row = QWidget()
    if focus is not None:
        row.setFocusProxy(focus)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    fill_box(layout, parts)
    return row


def message_row(message: MessageLabel, *buttons: QWidget) -> QHBoxLayout:
    """A tab's message line with the tab's buttons on its right."""
    row = QHBoxLayout()
    row.addWidget(message, 1)
    row.addStretch(0)  # keeps the buttons small while no message shows
    for button in buttons:
        row.addWidget(button)
    return row


def scrolling(content: QWidget) -> QScrollArea:
    """``content`` filling the space it is given, with scroll bars once the window is
    smaller than it can be (a laptop's screen), instead of cutting it off."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    return scroll


def single_shot(parent: QObject, ms: int, slot: Callable[[], object]) -> QTimer:
    """A timer that calls ``slot`` once, ``ms`` after it is started (starting it again
    postpones the call): for waiting until typing pauses, and for gathering."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(slot)
    return timer
