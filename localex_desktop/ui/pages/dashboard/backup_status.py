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
from localex_desktop.ui.i18n import translate

WARNING_STYLE = "color: #b3261e; font-weight: 600;"
REDRAW_MS = 60_000
RELOAD_MS = 600_000


def describe_age(age: timedelta) -> str:
    """'just now', '12 min ago', '3 h ago', '2 days ago'."""
    seconds = max(age.total_seconds(), 0)
    if seconds < 60:
        return translate("pages.dashboard.backup_status", "just now")
    if seconds < 3600:
        return translate("pages.dashboard.backup_status", "%n min ago", None, int(seconds // 60))
    if seconds < 48 * 3600:
        return translate("pages.dashboard.backup_status", "%n h ago", None, int(seconds // 3600))
    return translate("pages.dashboard.backup_status", "%n day(s) ago", None, int(seconds // 86400))


def backup_answer(health: BackupHealth | None, now: datetime | None = None) -> tuple[str, bool]:
    """How old the last good backup is ("3 h ago", "No backup yet"; the dashboard's
    answer under "Last backup") and whether that is a warning."""
    if health is None:
        return translate("pages.dashboard.backup_status", "unknown"), True
    if health.last_good_at is None:
        return translate("pages.dashboard.backup_status", "No backup yet"), True
    now = now or datetime.now(UTC)
    age = now - health.last_good_at
    text = describe_age(age)
    if health.restored:
        text = translate("pages.dashboard.backup_status", "{age} (the one just restored)").format(
            age=text
        )
    if health.last_attempt_ok is False:
        text = translate("pages.dashboard.backup_status", "{age} (the last attempt failed)").format(
            age=text
        )
    return text, age > health.max_age or health.last_attempt_ok is False


def backup_text(health: BackupHealth | None, now: datetime | None = None) -> tuple[str, bool]:
    """The status-bar words and whether they are a warning."""
    answer, warn = backup_answer(health, now)
    if health is None:
        return translate("pages.dashboard.backup_status", "Last backup: unknown"), warn
    if health.last_good_at is None:
        return answer, warn
    return translate("pages.dashboard.backup_status", "Last backup: {age}").format(age=answer), warn


def backup_tooltip(health: BackupHealth | None) -> str:
    if health is None:
        return translate("pages.dashboard.backup_status", "The backup state could not be read.")
    lines = [health.message]
    if health.last_good_at is not None:
        made = f"{health.last_good_at.astimezone():%Y-%m-%d %H:%M}"
        lines.append(translate("pages.dashboard.backup_status", "Made {time}").format(time=made))
    if health.last_good_path:
        lines.append(
            translate("pages.dashboard.backup_status", "File: {path}").format(
                path=health.last_good_path
            )
        )
    hours = health.max_age.total_seconds() / 3600
    lines.append(
        translate(
            "pages.dashboard.backup_status",
            "A warning shows when the last good backup is older than {hours} hours.",
        ).format(hours=f"{hours:g}")
    )
    return "\n".join(lines)


class BackupStatusLabel(QLabel):
    """'Last backup: 3 h ago', or 'No backup yet' in the warning colour."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(translate("pages.dashboard.backup_status", "Last backup: …"), parent)
        self.ctx = ctx
        self.health: BackupHealth | None = None
        self.loaded = False
        self.setAccessibleName(translate("pages.dashboard.backup_status", "Backup age"))
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
