"""Hear other sessions' changes: PostgreSQL LISTEN/NOTIFY and a poll of the ledger.

Migration 0004 makes the database call ``pg_notify('localex_changes', <table>)`` after
every statement that changes a table a coordinator sees. :class:`ChangeListener` keeps a
dedicated autocommit connection that LISTENs on that channel, on a plain daemon thread
(psycopg's ``notifies()`` generator, woken every quarter second to see whether it should
stop), and calls ``on_change(table)`` for each notification. Postings are seen by polling
the ledger's sequence instead (a notifying transaction takes a database-wide lock through
its commit, which would make every posting wait for the others' fsync).

Notifications sent by this program's own pooled connections are skipped: its changes
are announced by the operation that made them (``services.work``), at once. If the
connection breaks, the thread reconnects with a growing pause (1 s to 30 s) and reports
``on_connected(False)``/``(True)``. No Qt here; ``ui.live`` bridges the callbacks.

It also LISTENs on :data:`db.presence.CONTROL_CHANNEL`, where a restore or an upgrade
asks the windows to close (``on_control(payload)``), and on every (re)connect reads the
database's mark (``on_mark``): a restore ends this connection, and the one made next
finds another database (or schema) under the same name.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any

import psycopg
from sqlalchemy.exc import SQLAlchemyError

from localex_desktop.db.connection import Database
from localex_desktop.db.presence import CONTROL_CHANNEL, Mark, read_mark_raw

log = logging.getLogger(__name__)

#: the channel migration 0004 notifies on
CHANNEL = "localex_changes"
#: the tables migration 0004 notifies about (postings are polled: see LEDGER_TABLES)
TABLES = frozenset({"members", "listings", "trades", "categories", "operators", "settings"})
#: what a move of the ledger's sequence stands for
LEDGER_TABLES = ("transactions", "accounts")
#: how often the listening thread looks up from waiting to see whether it should stop
POLL_SECONDS = 0.25
RETRY_FIRST, RETRY_MAX = 1.0, 30.0


def listen_connection(db: Database) -> psycopg.Connection[Any]:
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
    raw.execute(f"LISTEN {CONTROL_CHANNEL}")
    return raw


LEDGER_HEAD = "SELECT max(id) FROM transactions"


def ledger_head(conn: psycopg.Connection[Any]) -> int | None:
    """The newest transaction id (None before the first posting).

    ``max(id)`` of the table, read from the primary key's index: any login that may read
    the ledger may read it, where the sequence's last value needs a right on the sequence
    that a read-only login lacks (its poll failed every second and showed it offline)."""
    row = conn.execute(LEDGER_HEAD).fetchone()
    return None if row is None or row[0] is None else int(row[0])


class ChangeListener:
    """The listening loop on a daemon thread; :meth:`stop` ends it within a poll."""

    def __init__(
        self,
        db: Database,
        on_change: Callable[[str], None],
        on_connected: Callable[[bool], None],
        on_control: Callable[[str], None] | None = None,
        on_mark: Callable[[Mark], None] | None = None,
    ) -> None:
        self.db = db
        self.on_change = on_change
        self.on_connected = on_connected
        self.on_control = on_control
        self.on_mark = on_mark
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._run, name="localex-live", daemon=True)
        self._head_lock = threading.Lock()
        self._known_head: int | None = None

    def start(self) -> None:
        self.thread.start()

    def stop(self, wait: float = 1.0) -> None:
        self.stopping.set()
        self.thread.join(wait)

    @property
    def alive(self) -> bool:
        return self.thread.is_alive()

    def saw_head(self, head: int) -> None:
        """Our own change posted up to ``head``: the poll need not report it again."""
        with self._head_lock:
            if self._known_head is None or head > self._known_head:
                self._known_head = head

    def _poll_head(self, conn: psycopg.Connection[Any]) -> bool:
        """True when the ledger moved since the last look (or our own last change)."""
        now = ledger_head(conn)
        with self._head_lock:
            moved = now is not None and (self._known_head is None or now > self._known_head)
            if moved:
                self._known_head = now
            return moved

    def _run(self) -> None:
        pause = RETRY_FIRST
        failures = 0
        while not self.stopping.is_set():
            conn: psycopg.Connection[Any] | None = None
            try:
                conn = listen_connection(self.db)
                own = self.db.own_backend_pids
                if self.on_mark is not None:
                    self.on_mark(read_mark_raw(conn))
                self.on_connected(True)
                if failures:
                    log.info("live updates connected again")
                failures, pause = 0, RETRY_FIRST
                with self._head_lock:
                    head = ledger_head(conn)
                    if self._known_head is None or (head or 0) > self._known_head:
                        self._known_head = head
                while not self.stopping.is_set():
                    for note in conn.notifies(timeout=POLL_SECONDS):
                        if note.channel == CONTROL_CHANNEL:
                            if note.pid not in own and self.on_control is not None:
                                self.on_control(note.payload)
                        elif note.pid not in own:
                            self.on_change(note.payload)
                        if self.stopping.is_set():
                            break
                    if self._poll_head(conn):
                        for table in LEDGER_TABLES:
                            self.on_change(table)
            except (psycopg.Error, SQLAlchemyError, OSError, TypeError) as exc:
                if self.stopping.is_set():
                    break
                failures += 1
                level = logging.WARNING if failures == 1 else logging.DEBUG
                log.log(level, "live updates lost their connection (%s); retrying", exc)
                self.on_connected(False)
                self.stopping.wait(pause)
                pause = min(pause * 2, RETRY_MAX)
            finally:
                if conn is not None:
                    with contextlib.suppress(psycopg.Error):
                        conn.close()
