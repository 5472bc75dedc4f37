"""Who else is on the database, asking them to close, and the mark a restore leaves.

Before a restore or an upgrade the program must know who else works on the database
and get them off it in order (issue 15). PostgreSQL shows every session's
``application_name`` to every login (``backend_start`` and the client address only to
the session's own role or ``pg_read_all_stats``), so a signed-in window names itself
there: ``localex|<operator>|<host>|<epoch seconds of the sign-in>`` (:func:`announce`).

* :func:`others` lists the other client sessions on the current database and whether
  this login may end each one (``pg_terminate_backend``: a superuser; or a member of
  the session's role or of ``pg_signal_backend``, never for a superuser's session);
* :func:`ask_to_close` sends the notice on :data:`CONTROL_CHANNEL` that the windows'
  listeners hear (``db.listen``), :func:`end_sessions` ends those still there;
* :func:`leave_mark` writes who replaced the data, and when, as the database's comment
  (``COMMENT ON DATABASE``, which a rename keeps), and :func:`read_mark` reads it with
  the database's oid (new after a restore) and schema revision (new after an upgrade):
  a window compares the mark with the one it saw when it signed in.

No Qt here.
"""

from __future__ import annotations

import contextlib
import json
import logging
import uuid
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote, unquote

import psycopg
import sqlalchemy as sa
from psycopg import sql
from sqlalchemy.engine import URL, Connection
from sqlalchemy.exc import DBAPIError

from localex_desktop.db import admin
from localex_desktop.db.connection import Database

log = logging.getLogger(__name__)

#: the channel a restore or an upgrade announces itself on
CONTROL_CHANNEL = "localex_control"
#: what every connection of this program is called before a sign-in names it
APP_NAME = "localex"
_SEP = "|"
#: what stays as it is in a window's name (all else is %-escaped)
_SAFE = " !\"#$&'()*+,-./:;<=>?@[\\]^_`{}~"
#: PostgreSQL keeps at most 63 bytes of an application_name: 7 + 3 + 20 + 20 + 10 fit
_MAX_PART = 20


@dataclass(frozen=True)
class Session:
    """Another program on the database (its connections), as far as this login sees it."""

    pids: tuple[int, ...]
    login: str
    application: str
    operator: str | None
    host: str | None
    since: datetime | None
    may_end: bool

    @property
    def localex(self) -> bool:
        return self.application.split(_SEP, 1)[0] == APP_NAME

    def describe(self) -> str:
        """``ann at desk-2 since 09:14`` (or what is known of a session that is not)."""
        if self.operator:
            words = self.operator
            if self.host:
                words += f" at {self.host}"
            if self.since:
                words += f" since {self.since.astimezone():%H:%M}"
            return words
        if self.localex:
            return f"LocalEx, not signed in (login {self.login})"
        program = self.application or "a program"
        return f"{program} (login {self.login})"


def application_name(operator: str, host: str, since: datetime | None = None) -> str:
    """The ``application_name`` a signed-in window uses (each part cut to fit)."""
    when = int((since or datetime.now(UTC)).timestamp())
    parts = [_clean(operator), _clean(host)]
    return _SEP.join([APP_NAME, *parts, str(when)])


def _clean(text: str) -> str:
    """``text`` as PostgreSQL keeps it: printable ASCII only (it turns anything else into
    ``?``), so other characters and the separator are %-escaped, whole characters up to
    :data:`_MAX_PART` bytes, so the whole name fits in 63 bytes."""
    out = ""
    for char in text:
        if not char.isprintable():
            continue
        piece = quote(char, safe=_SAFE)
        if len(out) + len(piece) > _MAX_PART:
            break
        out += piece
    return out


def parse_application(name: str) -> tuple[str | None, str | None, datetime | None]:
    """Operator, host and sign-in time from :func:`application_name`'s text."""
    parts = name.split(_SEP)
    if len(parts) != 4 or parts[0] != APP_NAME:
        return None, None, None
    try:
        since: datetime | None = datetime.fromtimestamp(int(parts[3]), UTC)
    except (ValueError, OverflowError, OSError):
        since = None
    return unquote(parts[1]) or None, unquote(parts[2]) or None, since


#: the naming hook of each engine (replaced at the next sign-in)
_HOOKS: weakref.WeakKeyDictionary[sa.Engine, Callable[[Any, Any], None]] = (
    weakref.WeakKeyDictionary()
)


def announce(db: Database, operator: str, host: str) -> None:
    """Name every connection of ``db`` after the signed-in operator (from now on)."""
    label = application_name(operator, host)

    def name_it(dbapi_conn: Any, _record: Any) -> None:
        with dbapi_conn.cursor() as cur:
            cur.execute("SELECT set_config('application_name', %s, false)", (label,))
        dbapi_conn.commit()

    old = _HOOKS.get(db.engine)
    if old is not None and sa.event.contains(db.engine, "connect", old):
        sa.event.remove(db.engine, "connect", old)
    sa.event.listen(db.engine, "connect", name_it)
    _HOOKS[db.engine] = name_it
    db.engine.dispose()  # the pooled connections reopen under the new name


_OTHERS = sa.text(
    "SELECT a.pid, a.usename, coalesce(a.application_name, ''),"
    " (me.rolsuper OR (NOT coalesce(them.rolsuper, false)"
    "   AND (pg_has_role(current_user, a.usesysid, 'USAGE')"
    "        OR pg_has_role(current_user, 'pg_signal_backend', 'USAGE'))))"
    " FROM pg_stat_activity a"
    " JOIN pg_roles me ON me.rolname = current_user"
    " LEFT JOIN pg_roles them ON them.oid = a.usesysid"
    " WHERE a.datname = current_database() AND a.pid <> pg_backend_pid()"
    # backend_type is shown for one's own role only: a client has a user, a worker none
    " AND a.usesysid IS NOT NULL AND coalesce(a.backend_type, 'client backend') = 'client backend'"
    " AND NOT (a.pid = ANY(:own))"
    " ORDER BY a.pid"
)


def others(conn: Connection, own: Iterable[int] = ()) -> list[Session]:
    """The other programs on this connection's database (``own`` pids left out): the
    connections of one window (its pool, its listener) share an application_name and a
    login, and are listed once."""
    rows = conn.execute(_OTHERS, {"own": sorted(own)}).all()
    grouped: dict[tuple[str, str], list[tuple[int, bool]]] = {}
    for pid, login, app, may_end in rows:
        grouped.setdefault((str(login or ""), str(app)), []).append((int(pid), bool(may_end)))
    found = []
    for (login, app), pids in grouped.items():
        operator, host, since = parse_application(app)
        found.append(
            Session(
                tuple(p for p, _ in pids),
                login,
                app,
                operator,
                host,
                since,
                all(m for _, m in pids),
            )
        )
    return found


def still_there(conn: Connection, pids: Iterable[int]) -> set[int]:
    """Which of ``pids`` are still connected to this database."""
    rows = conn.execute(
        sa.text(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
            " AND pid = ANY(:pids)"
        ),
        {"pids": sorted(pids)},
    ).scalars()
    return {int(p) for p in rows}


def ask_to_close(conn: Connection, kind: str, by: str, seconds: int) -> None:
    """Tell every listening window that ``by`` is about to ``kind`` the database."""
    payload = json.dumps({"event": "closing", "kind": kind, "by": by, "seconds": seconds})
    conn.execute(sa.text("SELECT pg_notify(:ch, :p)"), {"ch": CONTROL_CHANNEL, "p": payload})


def end_sessions(conn: Connection, pids: Iterable[int]) -> None:
    """``pg_terminate_backend`` each of ``pids`` (raises the server's refusal)."""
    for pid in sorted(pids):
        conn.execute(sa.text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})


# -- the mark ----------------------------------------------------------------------


@dataclass(frozen=True)
class Mark:
    """What identifies the data a window signed in to."""

    oid: int
    revision: str | None
    note: dict[str, str]

    def replaced_since(self, earlier: Mark, mine: str | None = None) -> str | None:
        """``restored``/``upgraded`` when the data is no longer what ``earlier`` saw
        (None as well when ``mine``, the :func:`instance` of the window's database,
        replaced it: that window knows and reconnects by itself)."""
        if mine is not None and self.note.get("instance") == mine:
            return None
        if self.oid != earlier.oid:
            return "restored"
        fresh = bool(self.note.get("id")) and self.note.get("id") != earlier.note.get("id")
        if self.revision != earlier.revision:
            return self.note.get("kind", "upgraded") if fresh else "upgraded"
        if fresh:
            return self.note.get("kind") or "restored"
        return None

    def message(self, kind: str) -> str:
        """ "The database was restored by ann at 09:20 — sign in again"."""
        who = self.note.get("by")
        at = self.note.get("at")
        words = f"The database was {kind}"
        if who and self.note.get("kind") == kind:
            words += f" by {who}"
            if at:
                with contextlib.suppress(ValueError):
                    words += f" at {datetime.fromisoformat(at).astimezone():%H:%M}"
        return words + " — sign in again."


_MARK = (
    "SELECT d.oid, shobj_description(d.oid, 'pg_database'),"
    " to_regclass('public.alembic_version') IS NOT NULL"
    " FROM pg_database d WHERE d.datname = current_database()"
)
_REVISION = "SELECT max(version_num) FROM alembic_version"


def read_mark(conn: Connection) -> Mark:
    """The mark of the database ``conn`` is on."""
    oid, comment, has_version = conn.execute(sa.text(_MARK)).one()
    revision = conn.execute(sa.text(_REVISION)).scalar() if has_version else None
    return _mark(oid, comment, revision)


def read_mark_raw(conn: psycopg.Connection[Any]) -> Mark:
    """:func:`read_mark` on a plain psycopg connection (the listener's)."""
    row = conn.execute(_MARK).fetchone()
    assert row is not None
    oid, comment, has_version = row
    revision = None
    if has_version:
        got = conn.execute(_REVISION).fetchone()
        revision = got[0] if got else None
    return _mark(oid, comment, revision)


def _mark(oid: Any, comment: Any, revision: Any) -> Mark:
    note: dict[str, str] = {}
    if comment:
        try:
            loaded = json.loads(comment)
        except ValueError:
            loaded = None
        if isinstance(loaded, dict) and loaded.get("localex"):
            note = {str(k): str(v) for k, v in loaded.items()}
    return Mark(int(oid), None if revision is None else str(revision), note)


#: an id for each open database (engine): the mark names the one that left it
_INSTANCES: weakref.WeakKeyDictionary[sa.Engine, str] = weakref.WeakKeyDictionary()


def instance(db: Database) -> str:
    """This program's id for ``db``: a window knows a mark its own restore left."""
    return _INSTANCES.setdefault(db.engine, uuid.uuid4().hex)


def leave_mark(url: URL, database: str, kind: str, by: str, by_instance: str = "") -> bool:
    """Write who ``kind``-ed ``database`` and when as its comment; False if not allowed
    (only the database's owner may comment on it: the windows then name no one)."""
    now = datetime.now(UTC)
    note = {"localex": "1", "kind": kind, "by": by, "at": now.isoformat(timespec="seconds")}
    note["id"] = f"{kind}-{now.timestamp():.6f}"
    note["instance"] = by_instance
    statement = sql.SQL("COMMENT ON DATABASE {} IS {}").format(
        sql.Identifier(admin.check_name(database)), sql.Literal(json.dumps(note))
    )
    try:
        with admin.maintenance(url) as conn:
            admin.execute(conn, statement)
    except DBAPIError as exc:
        log.info("could not leave the %s mark on %s: %s", kind, database, exc.orig)
        return False
    return True
