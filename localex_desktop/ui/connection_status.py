"""The status bar's word on the database connection: where the data lives, and whether
it is answering.

The live-updates listener (:class:`ui.live.LiveUpdates`) holds a connection of its own
and says when it goes down and comes back; a server that stops answering therefore
shows here within a second or two, before anyone clicks (and every page is refreshed
once it answers again, since changes may have been missed meanwhile).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar

from localex_desktop.ui.context import AppContext
from localex_desktop.ui.widgets import ERROR_STYLE

#: how long "connected again" stays in the status bar
AGAIN_MS = 10_000


class ConnectionLabel(QLabel):
    """ "Server: db.example.org", or in red "… not answering — reconnecting" while down."""

    def __init__(self, ctx: AppContext, status: QStatusBar) -> None:
        super().__init__(ctx.connection_text)
        self.ctx = ctx
        self.status = status
        self.up: bool | None = None  # not known until the listener first connects
        self._normal_tip = ctx.db.display_url
        self.setToolTip(self._normal_tip)
        self.setAccessibleName("Database connection")

    def where(self) -> str:
        host = self.ctx.db.url.host if self.ctx.db.mode == "server" else None
        return f"The database server at {host}" if host else "The database"

    def set_up(self, up: bool) -> None:
        """The listener's connection came up (True) or was lost (False)."""
        was, self.up = self.up, up
        if up:
            self.setText(self.ctx.connection_text)
            self.setStyleSheet("")
            self.setToolTip(self._normal_tip)
            if was is False:
                self.status.showMessage(
                    "The database answers again; every page was refreshed.",
                    AGAIN_MS,
                )
            return
        self.setText(f"{self.ctx.connection_text} — not answering, reconnecting…")
        self.setStyleSheet(ERROR_STYLE)
        self.setToolTip(
            f"{self.where()} is not answering. LocalEx Desktop reconnects by itself; what "
            "you try meanwhile is refused with a message and nothing is half-saved."
        )
