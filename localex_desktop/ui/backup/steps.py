"""A small frame for dialogs that go through steps: heading, pages, Back/Next/Cancel.

Lighter than :class:`QWizard` where a step runs long work on a worker: the dialog
decides when the buttons are enabled, and the work's result moves it on.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from localex_desktop import APP_NAME
from localex_desktop.services.backup import ProgressFn
from localex_desktop.ui import accessibility
from localex_desktop.ui.backup.progress import ProgressPanel
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.icons import app_icon
from localex_desktop.ui.tasks import TaskRunner
from localex_desktop.ui.widgets import MUTED_STYLE, Part, fill_box

T = TypeVar("T")
#: long work as a step runs it: ``work(report, cancel)`` reports progress, checks cancel
StepWork = Callable[[ProgressFn, threading.Event], T]


class StepDialog(QDialog):
    """Pages in a stack under a heading; subclasses react to :meth:`go_next`."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("backup.steps", "{title} — {program}").format(title=title, program=APP_NAME)
        )
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(560)
        self.busy = False
        self.heading = QLabel(title)
        # larger than the text by a share, not a fixed size: it follows the system's
        # font size and the text size setting (a fixed 15 pt did not)
        self.heading.setFont(accessibility.scaled_font(self.heading.font(), 1.4, bold=True))
        self.subheading = QLabel("")
        self.subheading.setWordWrap(True)
        self.subheading.setStyleSheet(MUTED_STYLE)
        self.stack = QStackedWidget()
        self.back_button = QPushButton(translate("backup.steps", "< Back"))
        self.next_button = QPushButton(translate("backup.steps", "Next >"))
        self.cancel_button = QPushButton(translate("backup.steps", "Cancel"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.next_button.setDefault(True)  # parented: Qt restores it after Tab

    def add_page(self, page: QWidget) -> QWidget:
        self.stack.addWidget(page)
        return page

    def add_column_page(self, *parts: Part) -> QWidget:
        """A page of ``parts`` one under another, without margins, added to the stack."""
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        fill_box(layout, parts)
        return self.add_page(page)

    def show_page(self, page: QWidget, subheading: str = "") -> None:
        self.stack.setCurrentWidget(page)
        self.subheading.setText(subheading)
        self.subheading.setVisible(bool(subheading))

    def go_back(self) -> None:
        """Subclasses override where Back means something."""

    def go_next(self) -> None:
        """Subclasses override: validate the page and move on (or start the work)."""

    def set_buttons(
        self,
        *,
        back: bool = False,
        next_text: str | None = "",
        next_enabled: bool = True,
        cancel_text: str = "",
        cancel_enabled: bool = True,
    ) -> None:
        """``next_text`` None hides Next; an empty text is the usual "Next >" ("Cancel")."""
        if next_text == "":
            next_text = translate("backup.steps", "Next >")
        if not cancel_text:
            cancel_text = translate("backup.steps", "Cancel")
        self.back_button.setVisible(back)
        self.next_button.setVisible(next_text is not None)
        if next_text is not None:
            self.next_button.setText(next_text)
        self.next_button.setEnabled(next_enabled)
        self.cancel_button.setText(cancel_text)
        self.cancel_button.setEnabled(cancel_enabled)

    def show_progress(self, progress: ProgressPanel, title: str) -> None:
        """Start ``progress`` for the work called ``title`` and show it, buttons off."""
        progress.start(title)
        self.show_page(progress)
        self.set_buttons(next_text=None, cancel_enabled=False)

    def run_work(
        self,
        tasks: TaskRunner,
        progress: ProgressPanel,
        work: StepWork[T],
        done: Callable[[T], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """Run ``work`` on a worker, reporting to ``progress`` (started by the caller, which
        shows it first); the dialog is busy (it cannot be closed) until the work ends, then
        the panel is finished and ``done`` or ``failed`` has the outcome."""
        report, cancel = progress.bridge.report, progress.cancel_event
        self.busy = True

        def ended(result: T) -> None:
            self.busy = False
            progress.finish()
            done(result)

        def broke(exc: BaseException) -> None:
            self.busy = False
            progress.finish()
            failed(exc)

        tasks.run(lambda: work(report, cancel), ended, broke, owner=self)

    def reject(self) -> None:
        if self.busy:  # work is running: the progress panel's Cancel stops it safely
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)


def value_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def fill_form(form: QFormLayout, rows: list[tuple[str, str]]) -> None:
    """Replace the rows of ``form`` with (label, value) pairs."""
    while form.rowCount():
        form.removeRow(0)
    for label, value in rows:
        form.addRow(label, value_label(value))
