"""The explicit context every window receives (no global singleton to reach for).

Pages and dialogs reach the window they live in through :attr:`AppContext.shell`, a
small :class:`Shell` protocol the main window implements, so nothing but ``app.py``
imports ``ui.main_window`` and no import runs back up to it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from localex_desktop import paths
from localex_desktop.db.connection import Database
from localex_desktop.domain.roles import GRANTS, Actor, Permission
from localex_desktop.services.operators import OperatorInfo
from localex_desktop.ui.events import ContextEvents
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.operations import Operations
from localex_desktop.ui.tasks import TaskRunner


class Shell(Protocol):
    """What a page or dialog may ask of the main window around it."""

    def show_page(self, key: str) -> QWidget:
        """Select the page ``key`` in the navigation (building it if needed)."""
        ...

    def database_replaced(self) -> None:
        """The database was restored or rolled back underneath: reconnect and refresh."""
        ...

    def backup_made(self) -> None:
        """A backup was written: the status bar shows its time."""
        ...

    def open_review(self, parent: QWidget | None) -> QWidget | None:
        """Choose a backup and open it read-only in a review window of its own."""
        ...


def window_settings() -> QSettings:
    """Window geometry and similar per-person state, in the config dir (tests isolate it)."""
    path = paths.config_dir() / "window.ini"
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)


@dataclass
class AppContext(Operations):
    """What the windows need: the open database, who is signed in, tasks and settings."""

    db: Database
    actor: Actor
    tasks: TaskRunner
    settings: QSettings
    operator: OperatorInfo | None = None  # None for the self-check's system actor
    events: ContextEvents = field(default_factory=ContextEvents)
    #: the main window showing this context (it sets itself); None without one
    shell: Shell | None = field(default=None, repr=False)

    @classmethod
    def for_operator(cls, db: Database, operator: OperatorInfo, tasks: TaskRunner) -> AppContext:
        return cls(db, operator.actor(), tasks, window_settings(), operator)

    def can(self, permission: Permission) -> bool:
        """The operator's role and the database login both allow it."""
        return self.actor.can(permission)

    def login_refusal(self, permission: Permission) -> str | None:
        """Why the database login, not the operator's role, stops ``permission``: one
        sentence and the GRANT (None when the login may, or the role already refuses,
        whose words then stand)."""
        if permission not in GRANTS[self.actor.role]:
            return None
        return self.actor.login_refusal(permission)

    def task_refusal(self, task: str) -> str | None:
        """Why the database login may not take a backup (``"backup"``) or restore one
        (``"restore"``): one sentence and the statement that gives the right."""
        login = self.actor.login
        if login is None:
            return None
        return login.words(login.backup if task == "backup" else login.restore)

    @property
    def read_only(self) -> bool:
        """The session's database login may only read (services/rights.py): changes are
        disabled, each with :meth:`login_refusal` as the reason."""
        return self.actor.read_only

    @property
    def display_name(self) -> str:
        if self.operator is not None and self.operator.display_name:
            return self.operator.display_name
        return self.actor.name

    @property
    def connection_text(self) -> str:
        """Short words for the status bar: where the data lives."""
        if self.db.mode == "server":
            if self.db.url.host:
                return translate("context", "Server: {host}").format(host=self.db.url.host)
            return translate("context", "Server: local socket")
        if self.db.mode == "review":
            return translate("context", "Backup under review (read-only)")
        return translate("context", "Embedded database")
