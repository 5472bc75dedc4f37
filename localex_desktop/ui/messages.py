"""Small questions and notices, built one way so tests can answer them.

Every box is a :class:`QMessageBox` shown with ``exec()``; the UI tests replace
``QMessageBox.exec`` to read the text and choose the answer.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from localex_desktop import APP_NAME


def ask(
    parent: QWidget | None, text: str, detail: str = "", *, yes: str = "Yes", no: str = "No"
) -> bool:
    """A yes/no question; the safe answer (``no``) is the default.

    Name the action on both buttons ("Complete trade" / "Cancel"), so the answer does
    not depend on reading the question right.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(APP_NAME)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def inform(parent: QWidget | None, text: str, detail: str = "") -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(APP_NAME)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()
