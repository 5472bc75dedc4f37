"""The explicit context every window receives (no global singleton to reach for)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from PySide6.QtCore import QObject, QSettings, Signal

from localex_desktop import paths
from localex_desktop.db.connection import Database
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services.operators import OperatorInfo
from localex_desktop.services.work import Work
from localex_desktop.ui.operations import Operations
from localex_desktop.ui.tasks import TaskRunner

T = TypeVar("T")


class ContextEvents(QObject):
    """Changes one view makes that others show (e.g. the exchange name in the title)."""

    settings_changed = Signal()
    operators_changed = Signal()
    #: a change made through :meth:`AppContext.op` wrote these tables (a ChangeSet)
    data_changed = Signal(object)
    #: a change of ours posted up to this transaction id (the live poll need not refresh)
    ledger_head_seen = Signal(int)


def window_settings() -> QSettings:
    """Window geometry and similar per-person state, in the config dir (tests isolate it)."""
    path = paths.config_dir() / "window.ini"
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)


@dataclass
class AppContext:
    """What the windows need: the open database, who is signed in, tasks and settings."""

    db: Database
    actor: Actor
    tasks: TaskRunner
    settings: QSettings
    operator: OperatorInfo | None = None  # None for the self-check's system actor
    events: ContextEvents = field(default_factory=ContextEvents)
    ops: Operations = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.ops = Operations(self)

    def query(
        self,
        fn: Work[T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        """Read on a worker in a READ ONLY transaction (see :mod:`ui.operations`)."""
        self.ops.query(fn, on_done, on_error, owner=owner)

    def op(
        self,
        fn: Work[T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        """Change on a worker in one transaction; the open pages refresh after it."""
        self.ops.op(fn, on_done, on_error, owner=owner)

    @classmethod
    def for_operator(cls, db: Database, operator: OperatorInfo, tasks: TaskRunner) -> AppContext:
        return cls(db, operator.actor(), tasks, window_settings(), operator)

    def can(self, permission: Permission) -> bool:
        return self.actor.can(permission)

    @property
    def display_name(self) -> str:
        if self.operator is not None and self.operator.display_name:
            return self.operator.display_name
        return self.actor.name

    @property
    def connection_text(self) -> str:
        """Short words for the status bar: where the data lives."""
        if self.db.mode == "server":
            return f"Server: {self.db.url.host or 'local socket'}"
        if self.db.mode == "review":
            return "Backup under review (read-only)"
        return "Embedded database"
