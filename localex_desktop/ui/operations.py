"""Run a user action's database work off the UI thread: ``ctx.query`` and ``ctx.op``.

The shape of Anki's ``QueryOp``/``CollectionOp`` (``qt/aqt/operations``), without a
global: a widget hands the context a :data:`services.work.Work` function and a callback;

* :meth:`Operations.query` reads, in a READ ONLY transaction;
* :meth:`Operations.op` changes, in one transaction, and afterwards announces the
  tables it wrote on :attr:`ContextEvents.data_changed`, which refreshes the open
  pages at once (other coordinators' changes still arrive by NOTIFY);
* both run on the :class:`TaskRunner`'s worker; the callbacks run on the UI thread, and
  not at all when ``owner`` was deleted meanwhile;
* failures arrive translated (:func:`services.errors.translate`): a
  :class:`LocalexError` for everything a person can act on; without ``on_error`` it is
  shown in a dialog (a bug is logged with its traceback first).

No widget opens a transaction itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from localex_desktop.db.connection import Database
from localex_desktop.domain.roles import Actor
from localex_desktop.services.work import ChangeSet, Outcome, Work, run_change, run_query
from localex_desktop.ui.errors import show_error
from localex_desktop.ui.events import ContextEvents
from localex_desktop.ui.tasks import OnDone, OnError, Owner, Reporter, TaskRunner

log = logging.getLogger(__name__)

T = TypeVar("T")

ReportingWork = Callable[[Session, Actor, Reporter], T]
"""A change that also reports progress lines: ``fn(session, actor, report)``."""


class Operations:
    """Mixed into :class:`ui.context.AppContext`: runs work with its database, actor,
    task runner and events (one set of methods, so ``ctx.query`` is ``ctx.ops.query``)."""

    db: Database
    actor: Actor
    tasks: TaskRunner
    events: ContextEvents

    @property
    def ops(self) -> Operations:
        """The operations themselves (the context: kept for ``ctx.ops.op_reporting``)."""
        return self

    def query(
        self,
        fn: Work[T],
        on_done: OnDone[T] = None,
        on_error: OnError = None,
        *,
        owner: Owner = None,
    ) -> None:
        """Read with ``fn(session, actor)`` on a worker; then ``on_done(result)``."""
        db, actor = self.db, self.actor
        self.tasks.run(lambda: run_query(db, actor, fn), on_done, on_error, owner=owner)

    def op(
        self,
        fn: Work[T],
        on_done: OnDone[T] = None,
        on_error: OnError = None,
        *,
        owner: Owner = None,
    ) -> None:
        """Change with ``fn(session, actor)`` in one transaction on a worker."""
        db, actor = self.db, self.actor
        self._change(lambda _report: run_change(db, actor, fn), on_done, on_error, owner, None)

    def op_reporting(
        self,
        fn: ReportingWork[T],
        on_done: OnDone[T] = None,
        on_error: OnError = None,
        *,
        on_progress: Callable[[str], None] | None = None,
        owner: Owner = None,
    ) -> None:
        """Like :meth:`op` for ``fn(session, actor, report)``, which reports progress."""
        db, actor = self.db, self.actor

        def work(report: Reporter) -> Outcome[T]:
            return run_change(db, actor, lambda s, a: fn(s, a, report))

        self._change(work, on_done, on_error, owner, on_progress)

    def _change(
        self,
        work: Callable[[Reporter], Outcome[T]],
        on_done: OnDone[T],
        on_error: OnError,
        owner: Owner,
        on_progress: Callable[[str], None] | None,
    ) -> None:
        # the change happened even if the window that asked has closed meanwhile: the
        # other pages are told in any case; only the asker's own callbacks are skipped
        def alive() -> bool:
            return owner is None or shiboken6.isValid(owner)

        def done(outcome: Outcome[T]) -> None:
            self.announce(outcome.changed, outcome.ledger_head)
            if on_done is not None and alive():
                on_done(outcome.value)

        def failed(exc: BaseException) -> None:
            if not alive():
                log.warning("a change failed after its window closed", exc_info=exc)
            elif on_error is not None:
                on_error(exc)
            else:
                show_error(owner if isinstance(owner, QWidget) else None, exc)

        self.tasks.run_reporting(work, done, failed, on_progress=on_progress)

    def announce(self, changed: ChangeSet, ledger_head: int | None = None) -> None:
        """Tell the open windows what changed (also for work run outside :meth:`op`)."""
        if changed:
            self.events.data_changed.emit(changed)
        if ledger_head is not None:
            self.events.ledger_head_seen.emit(ledger_head)
