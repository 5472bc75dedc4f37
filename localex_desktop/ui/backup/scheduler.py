"""Automatic backups: on a schedule while the program runs, and when it closes.

:class:`BackupScheduler` runs :func:`services.backup.auto.backup_if_due` on a worker
every few minutes (a :class:`QTimer`; the first time a little after start-up): when a
backup is due it makes one into the configured folder, then prunes the folder by the
retention rules. A failure is never silent: the window's status bar says so and a
dialog explains it (the service waits an hour before trying again, so this comes at
most once an hour). :func:`backup_on_close` makes the closing backup behind a small
progress window; a failure is shown and, once acknowledged, the program closes anyway.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QWidget

from localex_desktop.services.backup import BackupResult, ScheduleDecision
from localex_desktop.services.backup.auto import backup_and_prune, backup_if_due
from localex_desktop.services.backup.folder import CLOSE_LABEL
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import describe, show_error
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.tasks import TaskRunner
from localex_desktop.ui.widgets import single_shot

log = logging.getLogger(__name__)

#: how often the schedule is asked
CHECK_MS = 10 * 60_000
#: the first question, a little after start-up (the person is busy signing in)
FIRST_CHECK_MS = 2 * 60_000

Clock = Callable[[], datetime]


def _now() -> datetime:
    return datetime.now(UTC)


class BackupScheduler(QObject):
    """Owned by the main window; :meth:`start` begins asking the schedule."""

    backup_succeeded = Signal(object)  # BackupResult
    backup_failed = Signal(str)  # the message shown
    checked = Signal(object)  # ScheduleDecision

    def __init__(
        self,
        ctx: AppContext,
        window: QMainWindow | None = None,
        *,
        clock: Clock = _now,
        check_ms: int = CHECK_MS,
        first_check_ms: int = FIRST_CHECK_MS,
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.clock = clock
        self.running = False
        self.paused = False
        self.last_result: BackupResult | None = None
        self.last_error: str | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(check_ms)
        self.timer.timeout.connect(self.check_now)
        self._first = single_shot(self, first_check_ms, self.check_now)

    @property
    def active(self) -> bool:
        return self.timer.isActive() or self._first.isActive()

    def start(self) -> None:
        if self.ctx.db.mode == "review" or self.ctx.db.read_only:
            return  # a backup under review is never backed up again
        if (why := self.ctx.task_refusal("backup")) is not None:
            log.info("no automatic backups on this login: %s", why)  # another login's task
            return
        self._first.start()
        self.timer.start()

    def stop(self) -> None:
        self._first.stop()
        self.timer.stop()

    def check_now(self) -> None:
        """Ask the schedule on a worker; back up when it is due."""
        if self.running or self.paused:
            return
        self.running = True
        db, actor, now = self.ctx.db, self.ctx.actor, self.clock()

        self.ctx.tasks.run(
            lambda: backup_if_due(db, actor, now), self._done, self._failed, owner=self
        )

    def _done(self, outcome: tuple[ScheduleDecision, BackupResult | None]) -> None:
        self.running = False
        decision, result = outcome
        self.checked.emit(decision)
        if result is None:
            return
        self.last_result, self.last_error = result, None
        log.info("automatic backup written to %s", result.path)
        if self.window is not None:
            self.window.statusBar().showMessage(
                translate("backup.scheduler", "Automatic backup written: {path}").format(
                    path=result.path
                ),
                15_000,
            )
        self.backup_succeeded.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        message, hint = describe(exc)
        text = translate("backup.scheduler", "The automatic backup failed: {message}").format(
            message=message
        )
        self.last_error = text
        log.error("the automatic backup failed: %s %s", message, hint)
        if self.window is not None:
            self.window.statusBar().showMessage(text)  # stays until the next message
        self.backup_failed.emit(text)
        show_error(self.window, exc, title=translate("backup.scheduler", "Automatic backup failed"))


def backup_on_close(ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> bool:
    """The closing backup behind a small progress window; True when it was written.

    A failure is shown (and recorded by the service); the caller closes anyway.
    """
    if ctx.db.mode == "review" or ctx.db.read_only or ctx.task_refusal("backup") is not None:
        return False  # a login that may not back up leaves it to one that may
    db, actor = ctx.db, ctx.actor
    try:
        result = tasks.run_modal(
            lambda _report: backup_and_prune(db, actor, CLOSE_LABEL),
            parent=parent,
            label=translate("backup.scheduler", "Backing up before closing…"),
            title=translate("backup.scheduler", "Closing"),
        )
    except Exception as exc:
        log.error("the backup on closing failed: %s", exc)
        show_error(parent, exc, title=translate("backup.scheduler", "The backup on closing failed"))
        return False
    log.info("backup on closing written to %s", result.path)
    return True
