"""Live updates between coordinators: PostgreSQL LISTEN/NOTIFY to Qt signals.

Migration 0004 makes the database call ``pg_notify('localex_changes', <table>)`` after
every statement that changes a table a coordinator sees. :class:`LiveUpdates` keeps a
dedicated autocommit connection that LISTENs on that channel, on a plain daemon thread
(psycopg's ``notifies()`` generator, woken every quarter second to see whether it
should stop), and hands each table name to the UI thread by a queued signal.

On the UI thread the names are gathered for :data:`GATHER_MS` (a levy or a batch of
slips changes several tables at once; one refresh covers them) and then:

* :attr:`LiveUpdates.changed` fires with the set of table names;
* every open page is refreshed *in place*: a page with a ``live_refresh(tables)``
  method decides itself; any other page has each of its lazy tables refreshed by key
  (:meth:`LazyTableView.refresh`), which keeps the selection and the scroll position;
* a page that is not on screen is only marked, and refreshed when it is shown again;
* a change of ``settings`` or ``operators`` is passed on as the context's
  ``settings_changed`` / ``operators_changed`` events (currency, exchange name, the
  operators list).

Changes made by this program come back too (its own connections are other sessions);
that is what keeps the other pages of the same window current. If the connection
breaks, the thread reconnects with a growing pause (1 s to 30 s); nothing is lost that
a refresh cannot recover, so after a reconnect every page is refreshed once.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterable
from typing import Any, Protocol

import psycopg
import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget
from sqlalchemy.exc import SQLAlchemyError

from localex_desktop.db.connection import Database
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.models.lazy_view import LazyTableView

log = logging.getLogger(__name__)

#: the channel migration 0004 notifies on
CHANNEL = "localex_changes"
#: the tables migration 0004 notifies about (postings are polled: see LEDGER_TABLES)
TABLES = frozenset({"members", "listings", "trades", "categories", "operators", "settings"})
#: how long table names are gathered before the pages are refreshed
GATHER_MS = 150
#: how often the listening thread looks up from waiting to see whether it should stop
POLL_SECONDS = 0.25
RETRY_FIRST, RETRY_MAX = 1.0, 30.0


class LiveRefreshable(Protocol):
    """A page that decides itself what to reload when tables change."""

    def live_refresh(self, tables: frozenset[str]) -> None: ...


class _Bridge(QObject):
    """Created on the UI thread; the listening thread only emits (Qt queues delivery)."""

    notified = Signal(str)
    connected = Signal(bool)


def _listen_connection(db: Database) -> psycopg.Connection[Any]:
    """A connection of its own, made the way the engine makes them, in autocommit."""
    pooled = db.engine.raw_connection()
    raw = pooled.driver_connection
    pooled.detach()  # ours for good: the pool opens another when it needs one
    if not isinstance(raw, psycopg.Connection):
        pooled.close()
        raise TypeError(f"LISTEN needs a psycopg connection, not {type(raw).__name__}")
    raw.rollback()  # leave any transaction the pool's ping opened
    raw.autocommit = True
    raw.execute(f"LISTEN {CHANNEL}")
    return raw


#: postings are seen by polling the ledger's sequence, not by NOTIFY: a notifying
#: transaction takes a database-wide lock through its commit, which would make every
#: posting wait for the others' fsync (see migration 0004)
LEDGER_TABLES = ("transactions", "accounts")


def _ledger_head(conn: psycopg.Connection[Any]) -> int | None:
    row = conn.execute("SELECT pg_sequence_last_value('transactions_id_seq')").fetchone()
    return None if row is None or row[0] is None else int(row[0])


class _Listener:
    """The listening loop on a daemon thread; stops when :attr:`stop` is set."""

    def __init__(self, db: Database, bridge: _Bridge) -> None:
        self.db = db
        self.bridge = bridge
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name="localex-live", daemon=True)

    def _run(self) -> None:
        pause = RETRY_FIRST
        failures = 0
        while not self.stop.is_set():
            conn: psycopg.Connection[Any] | None = None
            try:
                conn = _listen_connection(self.db)
                self.bridge.connected.emit(True)
                if failures:
                    log.info("live updates connected again")
                failures, pause = 0, RETRY_FIRST
                head = _ledger_head(conn)
                while not self.stop.is_set():
                    for note in conn.notifies(timeout=POLL_SECONDS):
                        self.bridge.notified.emit(note.payload)
                        if self.stop.is_set():
                            break
                    now_head = _ledger_head(conn)
                    if now_head != head:
                        head = now_head
                        for table in LEDGER_TABLES:
                            self.bridge.notified.emit(table)
            except (psycopg.Error, SQLAlchemyError, OSError, TypeError) as exc:
                if self.stop.is_set():
                    break
                failures += 1
                level = logging.WARNING if failures == 1 else logging.DEBUG
                log.log(level, "live updates lost their connection (%s); retrying", exc)
                self.bridge.connected.emit(False)
                self.stop.wait(pause)
                pause = min(pause * 2, RETRY_MAX)
            finally:
                if conn is not None:
                    with contextlib.suppress(psycopg.Error):
                        conn.close()


class LiveUpdates(QObject):
    """Listens for changes made by anyone and refreshes the open pages in place."""

    #: a table changed (one signal per notification, as it arrives)
    table_changed = Signal(str)
    #: the tables changed in the last moment (gathered for :data:`GATHER_MS`)
    changed = Signal(object)
    #: True while the listening connection is up
    connection_changed = Signal(bool)

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
        self._listener: _Listener | None = None
        self._gathered: set[str] = set()
        self._pending: dict[int, tuple[QWidget, set[str]]] = {}
        self._was_connected = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(gather_ms)
        self._timer.timeout.connect(self._flush)

    # -- the listening thread ----------------------------------------------------------

    def start(self) -> None:
        if self._listener is not None:
            return
        listener = _Listener(self.ctx.db, self._bridge)
        self._listener = listener
        stop = listener.stop
        # if this object goes without stop() (a window deleted in a test), the thread ends
        self.destroyed.connect(lambda *_: stop.set())
        listener.thread.start()

    def stop(self, wait: float = 1.0) -> None:
        """End the listening thread (it looks up at least every quarter second)."""
        listener, self._listener = self._listener, None
        if listener is None:
            return
        listener.stop.set()
        listener.thread.join(wait)
        self._timer.stop()
        self.connected = False

    @property
    def running(self) -> bool:
        return self._listener is not None and self._listener.thread.is_alive()

    @Slot(bool)
    def _connected(self, up: bool) -> None:
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
    def _notified(self, table: str) -> None:
        self.table_changed.emit(table)
        self._gathered.add(table)
        if not self._timer.isActive():  # gather, but never put the refresh off for long
            self._timer.start()

    # -- passing changes on ------------------------------------------------------------

    def _flush(self) -> None:
        tables, self._gathered = frozenset(self._gathered), set()
        if not tables:
            return
        if "settings" in tables:
            self.ctx.events.settings_changed.emit()
        if "operators" in tables:
            self.ctx.events.operators_changed.emit()
        for page in list(self.pages()):
            self.refresh_page(page, tables)
        self.changed.emit(tables)

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
