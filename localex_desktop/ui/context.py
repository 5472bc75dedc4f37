"""The explicit context every window receives (no global singleton to reach for)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QSettings, Signal

from localex_desktop import paths
from localex_desktop.db.connection import Database
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services.operators import OperatorInfo
from localex_desktop.ui.tasks import TaskRunner


class ContextEvents(QObject):
    """Changes one view makes that others show (e.g. the exchange name in the title)."""

    settings_changed = Signal()
    operators_changed = Signal()


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
