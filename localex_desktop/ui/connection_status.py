"""The status bar's word on the database connection: where the data lives, and whether
it is connected, reconnecting or offline.

The live-updates listener (:class:`ui.live.LiveUpdates`) holds a connection of its own
and says when it goes down and comes back; a server that stops answering therefore
shows here within a second or two, before anyone clicks. While it is down the label says
"reconnecting"; after :data:`OFFLINE_AFTER_MS` without an answer, "offline" (the
listener keeps trying, with a growing pause). When it answers again the label says
"connected", the status bar "Connected again", and every page is refreshed once, since
changes may have been missed meanwhile. What a person tries meanwhile is refused with
"… is not answering; LocalEx will reconnect" (:func:`ui.errors.describe`).
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QStatusBar

from localex_desktop.ui.context import AppContext
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.widgets import ERROR_STYLE

#: how long "connected again" stays in the status bar
AGAIN_MS = 10_000
#: how long the server may be silent before "reconnecting" becomes "offline"
OFFLINE_AFTER_MS = 15_000


class State(enum.StrEnum):
    UNKNOWN = "unknown"  # the listener has not connected yet
    CONNECTED = "connected"
    RECONNECTING = "reconnecting"
    OFFLINE = "offline"


class ConnectionLabel(QLabel):
    """ "Server: db.example.org — connected", or in red "… — not answering,
    reconnecting…" and later "… — offline, trying again…" while it is down."""

    def __init__(self, ctx: AppContext, status: QStatusBar) -> None:
        super().__init__(ctx.connection_text)
        self.ctx = ctx
        self.status = status
        self.up: bool | None = None  # not known until the listener first connects
        self.state = State.UNKNOWN
        self._normal_tip = ctx.db.display_url
        self.setToolTip(self._normal_tip)
        self.setAccessibleName(translate("connection_status", "Database connection"))
        self._offline_timer = QTimer(self)
        self._offline_timer.setSingleShot(True)
        self._offline_timer.timeout.connect(self._offline)

    def host(self) -> str | None:
        """The server's host name; None for the embedded database or a local socket."""
        return self.ctx.db.url.host if self.ctx.db.mode == "server" else None

    def where(self) -> str:
        host = self.host()
        if host:
            return translate("connection_status", "The database server at {host}").format(host=host)
        return translate("connection_status", "The database")

    def set_up(self, up: bool) -> None:
        """The listener's connection came up (True) or was lost (False)."""
        was, self.up = self.up, up
        if up:
            self._offline_timer.stop()
            self._show(
                State.CONNECTED, translate("connection_status", "connected"), self._normal_tip
            )
            if was is False:
                self.status.showMessage(self._again(), AGAIN_MS)
            return
        self._offline_timer.start(OFFLINE_AFTER_MS)
        self._show(
            State.RECONNECTING,
            translate("connection_status", "not answering, reconnecting…"),
            translate(
                "connection_status",
                "{where} is not answering. LocalEx Desktop reconnects by itself; what "
                "you try meanwhile is refused with a message and nothing is half-saved.",
            ).format(where=self.where()),
        )

    def _again(self) -> str:
        host = self.host()
        if host:
            return translate(
                "connection_status",
                "Connected again: the database server at {host} answers; every page was refreshed.",
            ).format(host=host)
        return translate(
            "connection_status", "Connected again: the database answers; every page was refreshed."
        )

    def _offline(self) -> None:
        if self.up is not False:
            return
        seconds = OFFLINE_AFTER_MS // 1000
        self._show(
            State.OFFLINE,
            translate("connection_status", "offline, trying again…"),
            translate(
                "connection_status",
                "{where} has not answered for %n second(s) or more. LocalEx Desktop "
                "keeps trying and comes back by itself; check that the server is running and "
                "this computer's network.",
                None,
                seconds,
            ).format(where=self.where()),
        )

    def _show(self, state: State, words: str, tip: str) -> None:
        self.state = state
        # connected: the place alone (the status bar is full at 1000 px); the other
        # states say what is wrong
        connected = state is State.CONNECTED
        if connected:
            self.setText(self.ctx.connection_text)
        else:
            self.setText(
                translate("connection_status", "{place} — {state}").format(
                    place=self.ctx.connection_text, state=words
                )
            )
        self.setStyleSheet("" if state is State.CONNECTED else ERROR_STYLE)
        self.setToolTip(tip)
        self.setAccessibleDescription(words)
        # the status bar does not grow a permanent label whose text grew ("— connected"
        # came after the first layout, and the words were cut): ask for the room
        self.setMinimumWidth(self.sizeHint().width())
