"""Run database work off the UI thread and hand the result back on it.

One helper for every view, in the manner of Anki's ``QueryOp`` and Picard's thread
helper: the callable runs on a :class:`QThreadPool` worker, its result or exception comes
back by a queued signal, and the callbacks run on the UI thread. Workers never touch
widgets. Tests pass ``inline=True`` so tasks run at once, deterministically, without
sleeps (and some run on the real pool, to prove the threads).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeAlias, TypeVar

import shiboken6
from PySide6.QtCore import (
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from localex_desktop.ui.errors import show_error
from localex_desktop.ui.i18n import translate

log = logging.getLogger(__name__)

T = TypeVar("T")

Reporter = Callable[[str], None]
"""What a reporting task calls with a line of progress text (from the worker thread)."""

OnDone: TypeAlias = Callable[[T], None] | None
"""What runs on the UI thread with a task's result (None: nothing)."""
OnError: TypeAlias = Callable[[BaseException], None] | None
"""What runs on the UI thread with a task's exception (None: it is shown in a dialog)."""
Owner: TypeAlias = QObject | None
"""The object a task's callbacks belong to: they are skipped once it is deleted."""


class _Signals(QObject):
    """Lives on the UI thread; the worker only emits, Qt queues the delivery."""

    progress = Signal(str)
    finished = Signal(object)
    failed = Signal(object)


class _Task(QObject, Generic[T]):
    """One piece of work: the callable, its callbacks, and who it belongs to."""

    def __init__(
        self,
        runner: TaskRunner,
        fn: Callable[[Reporter], T],
        on_done: OnDone[T],
        on_error: OnError,
        on_progress: Callable[[str], None] | None,
        owner: QObject | None,
    ) -> None:
        super().__init__()
        self.runner = runner
        self.fn = fn
        self.on_done = on_done
        self.on_error = on_error
        self.on_progress = on_progress
        self.owner = owner
        self.signals = _Signals()
        self.signals.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self.signals.failed.connect(self._deliver_error, Qt.ConnectionType.QueuedConnection)
        self.signals.progress.connect(self._deliver_progress, Qt.ConnectionType.QueuedConnection)

    def work(self) -> None:
        """Run the callable and emit its outcome; runs on the worker (or inline)."""
        try:
            result = self.fn(self.signals.progress.emit)
        except BaseException as exc:  # delivered to the UI thread, which decides
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)

    def work_inline(self) -> None:
        """Run and deliver on this thread, in order, without the event loop (tests)."""
        try:
            result = self.fn(self._deliver_progress)
        except BaseException as exc:
            self._deliver_error(exc)
        else:
            self._deliver(result)

    def _owner_gone(self) -> bool:
        return self.owner is not None and not shiboken6.isValid(self.owner)

    @Slot(str)
    def _deliver_progress(self, text: str) -> None:
        if self.on_progress is not None and not self._owner_gone():
            self.on_progress(text)

    @Slot(object)
    def _deliver(self, result: Any) -> None:
        self.runner._finish(self)
        if self.on_done is not None and not self._owner_gone():
            self.on_done(result)

    @Slot(object)
    def _deliver_error(self, exc: BaseException) -> None:
        self.runner._finish(self)
        if self._owner_gone():
            log.warning("a task failed after its window closed", exc_info=exc)
            return
        if self.on_error is not None:
            self.on_error(exc)
        else:
            parent = self.owner if isinstance(self.owner, QWidget) else None
            show_error(parent, exc)


class _Runnable(QRunnable):
    def __init__(self, task: _Task[Any]) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task.work()


class TaskRunner(QObject):
    """Starts tasks on a thread pool and reports when the program is busy."""

    #: True while at least one task runs; the main window shows a busy indicator
    busy_changed = Signal(bool)

    def __init__(
        self,
        pool: QThreadPool | None = None,
        *,
        inline: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._inline = inline
        self._running: set[_Task[Any]] = set()  # keeps the QObjects alive until delivery

    @property
    def inline(self) -> bool:
        return self._inline

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def run(
        self,
        fn: Callable[[], T],
        on_done: OnDone[T] = None,
        on_error: OnError = None,
        *,
        owner: Owner = None,
    ) -> None:
        """Run ``fn()`` off the UI thread; then ``on_done(result)`` or ``on_error(exc)``.

        Without ``on_error`` a failure is shown with :func:`ui.errors.show_error`.
        Callbacks are skipped when ``owner`` was deleted meanwhile.
        """
        self.run_reporting(lambda _report: fn(), on_done, on_error, owner=owner)

    def run_reporting(
        self,
        fn: Callable[[Reporter], T],
        on_done: OnDone[T] = None,
        on_error: OnError = None,
        *,
        on_progress: Callable[[str], None] | None = None,
        owner: Owner = None,
    ) -> None:
        """Like :meth:`run`, for a callable that reports progress lines."""
        task: _Task[T] = _Task(self, fn, on_done, on_error, on_progress, owner)
        self._running.add(task)
        if len(self._running) == 1:
            self.busy_changed.emit(True)
        if self.inline:
            task.work_inline()
        else:
            self._pool.start(_Runnable(task))

    def _finish(self, task: _Task[Any]) -> None:
        self._running.discard(task)
        if not self._running:
            self.busy_changed.emit(False)

    def run_modal(
        self,
        fn: Callable[[Reporter], T],
        *,
        parent: QWidget | None,
        label: str,
        title: str | None = None,
    ) -> T:
        """Run ``fn`` on a worker while a small progress window keeps the UI alive
        (titled ``title``, by default "Please wait").

        For start-up steps that must finish before anything else can happen (opening
        the database, migrating). Returns the result or raises the task's exception.
        """
        outcome: dict[str, Any] = {}
        dialog = QProgressDialog(label, "", 0, 0, parent)
        dialog.setWindowTitle(title if title is not None else translate("tasks", "Please wait"))
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(300)
        dialog.setMinimumWidth(380)
        loop = QEventLoop()

        def done(result: T) -> None:
            outcome["result"] = result
            loop.quit()

        def failed(exc: BaseException) -> None:
            outcome["error"] = exc
            loop.quit()

        def progress(text: str) -> None:
            dialog.setLabelText(f"{label}\n{text.strip()}")

        self.run_reporting(fn, done, failed, on_progress=progress)
        if not outcome:
            loop.exec()
        dialog.reset()
        dialog.deleteLater()
        if "error" in outcome:
            raise outcome["error"]
        result: T = outcome["result"]
        return result
