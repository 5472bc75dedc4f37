"""How old the last good backup is, in a few words, for the status bar and the dashboard.

The figures come from :func:`services.backup.backup_health` (setting ``last_backup``,
warning age ``backup_max_age_hours``). The words are redrawn every minute from the
time already read; the database is read again when the settings change (live updates)
and every ten minutes.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from localex_desktop.services import backup
from localex_desktop.services.backup import BackupHealth
from localex_desktop.ui.context import AppContext

WARNING_STYLE = "color: #b3261e; font-weight: 600;"
REDRAW_MS = 60_000
RELOAD_MS = 600_000


def describe_age(age: timedelta) -> str:
    """'just now', '12 min ago', '3 h ago', '2 days ago'."""
    seconds = max(age.total_seconds(), 0)
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{int(seconds // 60)} min ago"
    if seconds < 48 * 3600:
        return f"{int(seconds // 3600)} h ago"
    return f"{int(seconds // 86400)} days ago"


def backup_text(health: BackupHealth | None, now: datetime | None = None) -> tuple[str, bool]:
    """The status-bar words and whether they are a warning."""
    if health is None:
        return "Last backup: unknown", True
    if health.last_good_at is None:
        return "No backup yet", True
    now = now or datetime.now(UTC)
    age = now - health.last_good_at
    text = f"Last backup: {describe_age(age)}"
    if health.restored:
        text += " (the one just restored)"
    if health.last_attempt_ok is False:
        text += " (the last attempt failed)"
    return text, age > health.max_age or health.last_attempt_ok is False


def backup_tooltip(health: BackupHealth | None) -> str:
    if health is None:
        return "The backup state could not be read."
    lines = [health.message]
    if health.last_good_at is not None:
        lines.append(f"Made {health.last_good_at.astimezone():%Y-%m-%d %H:%M}")
    if health.last_good_path:
        lines.append(f"File: {health.last_good_path}")
    hours = health.max_age.total_seconds() / 3600
    lines.append(f"A warning shows when the last good backup is older than {hours:g} hours.")
    return "\n".join(lines)


class BackupStatusLabel(QLabel):
    """'Last backup: 3 h ago', or 'No backup yet' in the warning colour."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("Last backup: …", parent)
        self.ctx = ctx
        self.health: BackupHealth | None = None
        self.loaded = False
        self.setAccessibleName("Backup age")
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setInterval(REDRAW_MS)
        self._redraw_timer.timeout.connect(self.redraw)
        self._redraw_timer.start()
        self._reload_timer = QTimer(self)
        self._reload_timer.setInterval(RELOAD_MS)
        self._reload_timer.timeout.connect(self.reload)
        self._reload_timer.start()
        self.reload()

    def reload(self) -> None:
        db = self.ctx.db
        self.ctx.tasks.run(
            lambda: backup.backup_health(db), self.show_health, self._failed, owner=self
        )

    def live_refresh(self, tables: frozenset[str]) -> None:
        if "settings" in tables:
            self.reload()

    def show_health(self, health: BackupHealth | None) -> None:
        self.health = health
        self.loaded = True
        self.redraw()

    def _failed(self, _exc: BaseException) -> None:
        self.show_health(None)

    def redraw(self) -> None:
        if not self.loaded:
            return
        text, warn = backup_text(self.health)
        self.setText(text)
        self.setStyleSheet(WARNING_STYLE if warn else "")
        self.setToolTip(backup_tooltip(self.health))
