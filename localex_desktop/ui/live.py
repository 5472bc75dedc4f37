"""Live updates between coordinators: the database listener bridged to Qt signals.

:class:`db.listen.ChangeListener` hears other sessions' changes on a thread of its own;
here its callbacks become queued signals, and on the UI thread the table names are
gathered for :data:`GATHER_MS` (a levy or a batch of slips changes several tables at
once; one refresh covers them) and then:

* :attr:`LiveUpdates.changed` fires with the set of table names;
* every open page is refreshed *in place* (:meth:`LiveUpdates.refresh_pages`): a page
  with a ``live_refresh(tables)`` method decides itself; any other page has each of its
  lazy tables refreshed by key (:meth:`LazyTableView.refresh`), which keeps the selection
  and the scroll position;
* a page that is not on screen is only marked, and refreshed when it is shown again;
* a change of ``settings`` or ``operators`` is passed on as the context's
  ``settings_changed`` / ``operators_changed`` events (currency, exchange name, the
  operators list).

This program's own changes are announced by the operation that made them
(``ctx.events.data_changed``) and applied through the same :meth:`refresh_pages` at
once; the listener skips their notifications. After a reconnect every page is refreshed
once, since notifications may have been missed meanwhile.

A restore or an upgrade by another session is heard twice: first its request to close
(:attr:`LiveUpdates.closing_asked`, the notice on :data:`db.presence.CONTROL_CHANNEL`),
then, when the listener connects again, a database mark that differs from the one it
saw first, at the sign-in (:attr:`LiveUpdates.database_replaced`, with the sentence
"The database was restored by ann at 09:20 — sign in again."). The window then goes
back to the sign-in; it never carries on silently with other data.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterable
from typing import Protocol

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from localex_desktop.db import presence
from localex_desktop.db.listen import CHANNEL, LEDGER_TABLES, TABLES, ChangeListener
from localex_desktop.db.presence import Mark
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.models.lazy_view import LazyTableView
from localex_desktop.ui.widgets import single_shot

#: how long table names are gathered before the pages are refreshed
GATHER_MS = 150


class LiveRefreshable(Protocol):
    """A page that decides itself what to reload when tables change."""

    def live_refresh(self, tables: frozenset[str]) -> None: ...


class _Bridge(QObject):
    """Created on the UI thread; the listening thread only emits (Qt queues delivery)."""

    notified = Signal(str)
    connected = Signal(bool)
    control = Signal(str)
    marked = Signal(object)


class LiveUpdates(QObject):
    """Listens for changes made by anyone and refreshes the open pages in place."""

    #: a table changed (one signal per notification, as it arrives)
    table_changed = Signal(str)
    #: the tables changed in the last moment (gathered for :data:`GATHER_MS`)
    changed = Signal(object)
    #: True while the listening connection is up
    connection_changed = Signal(bool)
    #: another session is about to replace the data: kind ("restore"/"upgrade"), by, seconds
    closing_asked = Signal(str, str, int)
    #: the data is no longer what this window signed in to: the sentence to show
    database_replaced = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        pages: Callable[[], Iterable[QWidget]] | None = None,
        parent: QObject | None = None,
        *,
        gather_ms: int = GATHER_MS,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pages = pages or (lambda: ())
        self.connected = False
        self._bridge = _Bridge()
        self._bridge.notified.connect(self._notified, Qt.ConnectionType.QueuedConnection)
        self._bridge.connected.connect(self._connected, Qt.ConnectionType.QueuedConnection)
        self._bridge.control.connect(self._control, Qt.ConnectionType.QueuedConnection)
        self._bridge.marked.connect(self._marked, Qt.ConnectionType.QueuedConnection)
        #: the mark of the data this window signed in to (the first one the listener saw)
        self.mark: Mark | None = None
        self._listener: ChangeListener | None = None
        self._gathered: set[str] = set()
        self._pending: dict[int, tuple[QWidget, set[str]]] = {}
        self._was_connected = False
        self._timer = single_shot(self, gather_ms, self._flush)

    # -- the listening thread ----------------------------------------------------------

    def start(self) -> None:
        if self._listener is not None:
            return
        bridge = self._bridge
        listener = ChangeListener(
            self.ctx.db,
            bridge.notified.emit,
            bridge.connected.emit,
            on_control=bridge.control.emit,
            on_mark=bridge.marked.emit,
        )
        self._listener = listener
        stopping = listener.stopping
        # if this object goes without stop() (a window deleted in a test), the thread ends
        self.destroyed.connect(lambda *_: stopping.set())
        self.ctx.events.ledger_head_seen.connect(listener.saw_head)
        listener.start()

    def stop(self, wait: float = 1.0) -> None:
        """End the listening thread (it looks up at least every quarter second)."""
        listener, self._listener = self._listener, None
        if listener is None:
            return
        with contextlib.suppress(RuntimeError, TypeError):
            self.ctx.events.ledger_head_seen.disconnect(listener.saw_head)
        listener.stop(wait)
        self._timer.stop()
        self.connected = False

    @property
    def running(self) -> bool:
        return self._listener is not None and self._listener.alive

    @Slot(bool)
    def _connected(self, up: bool) -> None:
        if self._listener is None:  # stopped meanwhile (a window signed out): too late
            return
        if up == self.connected:
            return
        self.connected = up
        self.connection_changed.emit(up)
        if up and self._was_connected:
            # notifications may have been missed while the connection was down
            self._gathered |= TABLES | set(LEDGER_TABLES)  # after a reconnect: everything
            self._timer.start()
        self._was_connected = self._was_connected or up

    @Slot(str)
    def _control(self, payload: str) -> None:
        try:
            note = json.loads(payload)
        except ValueError:
            return
        if not isinstance(note, dict) or note.get("event") != "closing":
            return
        try:
            seconds = max(0, int(note.get("seconds", 30)))
        except (TypeError, ValueError):
            seconds = 30
        self.closing_asked.emit(str(note.get("kind", "restore")), str(note.get("by", "")), seconds)

    @Slot(object)
    def _marked(self, mark: Mark) -> None:
        if self.mark is None:
            self.mark = mark
            return
        kind = mark.replaced_since(self.mark, presence.instance(self.ctx.db))
        if kind is None:
            self.mark = mark  # the same data, or replaced by this program itself
            return
        self.database_replaced.emit(mark.message(kind))

    @Slot(str)
    def _notified(self, table: str) -> None:
        if self._listener is None:
            return
        self.table_changed.emit(table)
        self._gathered.add(table)
        if not self._timer.isActive():  # gather, but never put the refresh off for long
            self._timer.start()

    # -- passing changes on ------------------------------------------------------------

    def _flush(self) -> None:
        tables, self._gathered = frozenset(self._gathered), set()
        if tables:
            self.refresh_pages(tables)
            self.changed.emit(tables)

    def refresh_pages(self, tables: frozenset[str], *, own: bool = False) -> None:
        """Pass a change on: the context's events, then every open page, in place.

        With ``own`` (a change this window made), pages that refresh themselves after
        our changes (``refreshes_itself``) are left to do so.
        """
        if not tables:
            return
        if "settings" in tables:
            self.ctx.events.settings_changed.emit()
        if "operators" in tables:
            self.ctx.events.operators_changed.emit()
        if not own:
            self.ctx.events.changed_elsewhere.emit(tables)
        for page in list(self.pages()):
            if own and getattr(page, "refreshes_itself", False):
                continue
            self.refresh_page(page, tables)

    def own_change(self, tables: frozenset[str]) -> None:
        """This window's own change (``ctx.events.data_changed``)."""
        self.refresh_pages(tables, own=True)

    def refresh_page(self, page: QWidget, tables: frozenset[str]) -> None:
        """Refresh ``page`` now if it is on screen, else when it is shown next."""
        if not shiboken6.isValid(page):
            return
        if page.isVisible():
            apply_refresh(page, tables)
            return
        key = id(page)
        if key not in self._pending:
            self._pending[key] = (page, set())
            page.installEventFilter(self)
        self._pending[key][1].update(tables)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            entry = self._pending.pop(id(watched), None)
            if entry is not None:
                page, tables = entry
                page.removeEventFilter(self)
                # after the show has finished, so views know their size for the refresh
                QTimer.singleShot(0, lambda: _apply_if_valid(page, frozenset(tables)))
        return False


def _apply_if_valid(page: QWidget, tables: frozenset[str]) -> None:
    if shiboken6.isValid(page):
        apply_refresh(page, tables)


def apply_refresh(page: QWidget, tables: frozenset[str]) -> None:
    """The page's own ``live_refresh``, else an in-place refresh of each lazy table."""
    hook = getattr(page, "live_refresh", None)
    if callable(hook):
        hook(tables)
        return
    for view in page.findChildren(LazyTableView):
        view.refresh()


__all__ = ["CHANNEL", "GATHER_MS", "TABLES", "LiveUpdates", "apply_refresh"]
