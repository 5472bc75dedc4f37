"""Progress of a long backup operation: a bar, a line of text and a Cancel button.

The services report :class:`services.backup.Progress` from the worker thread;
:class:`ProgressBridge` carries each one to the UI thread by a queued signal, and
:class:`ProgressPanel` draws it. Cancel sets a :class:`threading.Event` the service
checks at safe points; :meth:`ProgressPanel.allow_cancel` turns the button off for the
steps that must not be interrupted (the switch of a restore, applying migrations).
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from localex_desktop.services.backup import Progress
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.widgets import hint_label

#: stages during which cancelling is not offered
UNCANCELLABLE = frozenset({"switch", "apply", "rollback", "done"})


class ProgressBridge(QObject):
    """Made on the UI thread; the worker calls :meth:`report` (Qt queues the delivery)."""

    progressed = Signal(object)

    def report(self, progress: Progress) -> None:
        self.progressed.emit(progress)


class ProgressPanel(QWidget):
    """What is happening now, how far along, and a Cancel button while it is safe."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cancel_event = threading.Event()
        self.bridge = ProgressBridge(self)
        self.bridge.progressed.connect(self.show_progress, Qt.ConnectionType.AutoConnection)
        self.title = QLabel("")
        self.title.setStyleSheet("font-weight: 600;")
        self.title.setWordWrap(True)
        self.message = QLabel(translate("backup.progress", "Starting…"))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(translate("backup.progress", "Cancel"))
        self.cancel_button.clicked.connect(self.request_cancel)
        self.note = hint_label("")
        self.note.setVisible(False)
        self.stages: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.bar)
        layout.addWidget(self.note)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)

    def start(self, title: str, *, cancellable: bool = True) -> threading.Event:
        """Reset for a new run; returns the event the worker checks."""
        self.cancel_event = threading.Event()
        self.stages = []
        self.title.setText(title)
        self.message.setText(translate("backup.progress", "Starting…"))
        self.bar.setRange(0, 0)
        self.note.setVisible(False)
        self.allow_cancel(cancellable)
        return self.cancel_event

    def allow_cancel(self, allowed: bool) -> None:
        self.cancel_button.setVisible(allowed)
        self.cancel_button.setEnabled(allowed and not self.cancel_event.is_set())

    def request_cancel(self) -> None:
        self.cancel_event.set()
        self.cancel_button.setEnabled(False)
        self.message.setText(
            translate("backup.progress", "Cancelling… (the work stops at the next safe point)")
        )
        self.cancel_requested.emit()

    @Slot(object)
    def show_progress(self, progress: Progress) -> None:
        if not self.stages or self.stages[-1] != progress.stage:
            self.stages.append(progress.stage)
        if progress.stage in UNCANCELLABLE:
            self.allow_cancel(False)
            if progress.stage == "switch":
                self.note.setText(
                    translate("backup.progress", "Switching over: this step cannot be cancelled.")
                )
                self.note.setVisible(True)
        if self.cancel_event.is_set():
            return
        self.message.setText(progress.message)
        if progress.done is not None and progress.total:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(1000 * min(progress.done / progress.total, 1.0)))
        else:
            self.bar.setRange(0, 0)

    def finish(self) -> None:
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.allow_cancel(False)
