"""Small questions and notices, built one way so tests can answer them.

Every box is a :class:`QMessageBox` shown with ``exec()``; the UI tests replace
``QMessageBox.exec`` to read the text and choose the answer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QMessageBox, QSizePolicy, QSpacerItem, QWidget

from localex_desktop import APP_NAME
from localex_desktop.ui.i18n import translate


def ask(
    parent: QWidget | None,
    text: str,
    detail: str = "",
    *,
    yes: str | None = None,
    no: str | None = None,
) -> bool:
    """A yes/no question; the safe answer (``no``, by default "Cancel"; ``yes`` "Yes") is
    the default.

    Name the action on both buttons ("Complete trade" / "Cancel"), so the answer does
    not depend on reading the question right.
    """
    box = message_box(parent, QMessageBox.Icon.Question, APP_NAME, text, detail)
    yes_button = box.addButton(
        yes if yes is not None else translate("messages", "Yes"), QMessageBox.ButtonRole.AcceptRole
    )
    no_button = box.addButton(_cancel(no), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    widen(box)
    box.exec()
    return box.clickedButton() is yes_button


def choose(
    parent: QWidget | None,
    text: str,
    detail: str,
    first: str,
    second: str,
    *,
    no: str | None = None,
) -> int:
    """A question with two named answers and Cancel: 1 for ``first`` (the default, the
    safe one), 2 for ``second`` (the one that replaces something), 0 for Cancel/Escape."""
    box = message_box(parent, QMessageBox.Icon.Question, APP_NAME, text, detail)
    first_button = box.addButton(first, QMessageBox.ButtonRole.AcceptRole)
    second_button = box.addButton(second, QMessageBox.ButtonRole.DestructiveRole)
    no_button = box.addButton(_cancel(no), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(first_button)
    box.setEscapeButton(no_button)
    widen(box)
    box.exec()
    clicked = box.clickedButton()
    return 1 if clicked is first_button else 2 if clicked is second_button else 0


def _cancel(no: str | None) -> str:
    """The refusing button's words: ``no``, by default "Cancel"."""
    return no if no is not None else translate("messages", "Cancel")


def message_box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, detail: str
) -> QMessageBox:
    """A box with the icon, title, text and (if any) the detail under it; no buttons yet."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)  # questions quote names as typed, never markup
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    return box


def show_ok(box: QMessageBox) -> None:
    """Show ``box`` with just OK, wide enough to read."""
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    widen(box)
    box.exec()


#: message boxes are at least this wide, so a question reads in a few long lines
MIN_WIDTH = 440


def widen(box: QMessageBox) -> None:
    """QMessageBox ignores setMinimumWidth; a spacer across its grid does the job."""
    layout = box.layout()
    if isinstance(layout, QGridLayout):
        spacer = QSpacerItem(MIN_WIDTH, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        layout.addItem(spacer, layout.rowCount(), 0, 1, layout.columnCount())


def inform(parent: QWidget | None, text: str, detail: str = "") -> None:
    show_ok(message_box(parent, QMessageBox.Icon.Information, APP_NAME, text, detail))
