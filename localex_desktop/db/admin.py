"""Database administration on a server: create, drop, rename, check, disconnect.

The one place that writes ``CREATE DATABASE``, ``DROP DATABASE`` and ``ALTER DATABASE``.
Every name goes into the statement through :class:`psycopg.sql.Identifier` (so a name
with quotes, spaces, ``%`` or non-ASCII letters is just a name), and every name is
checked against PostgreSQL's limit of 63 bytes first: the server would otherwise cut a
longer one silently and create, rename or drop a database of another name.
:func:`fit_name` shortens a generated name (``<db>_before_restore_<time>``) safely.

Each function takes the URL of any database on the server and does its work from the
maintenance database (``postgres``, or ``template1`` where there is none), in
autocommit (``CREATE``/``DROP DATABASE`` cannot run inside a transaction).
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import sqlalchemy as sa
from psycopg import sql
from sqlalchemy.engine import URL, Connection
from sqlalchemy.exc import DBAPIError

from localex_desktop.domain.errors import ValidationError

log = logging.getLogger(__name__)

#: PostgreSQL's NAMEDATALEN - 1: the longest identifier, in bytes of UTF-8
MAX_NAME_BYTES = 63
#: the length of the hash that marks a shortened name
_TAG_CHARS = 8
_MAINTENANCE = ("postgres", "template1")
_OBJECT_IN_USE = "55006"
_NO_SUCH_DATABASE = "3D000"
_INSUFFICIENT_PRIVILEGE = "42501"


# -- names ---------------------------------------------------------------------------


def check_name(name: str) -> str:
    """``name`` when PostgreSQL can hold it as it is; else a :class:`ValidationError`."""
    size = len(name.encode("utf-8"))
    if not name or "\x00" in name:
        raise ValidationError("A database name must not be empty or hold a NUL character.")
    if size > MAX_NAME_BYTES:
        raise ValidationError(
            f"The database name {name!r} is {size} bytes long; PostgreSQL allows at most "
            f"{MAX_NAME_BYTES}.",
            hint="Choose a shorter database name.",
        )
    return name


def _tag(base: str) -> str:
    return "_" + hashlib.sha256(base.encode("utf-8")).hexdigest()[:_TAG_CHARS]


def fit_name(base: str, suffix: str) -> str:
    """``base + suffix``, or, when that is over 63 bytes, ``base`` shortened to make room.

    A shortened base is cut on a character boundary and marked with a hash of the whole
    of it (``<cut>_<8 hex>``), so two long names that start alike never shorten to the
    same name, and :func:`stem_belongs_to` can still tell which database it came from.
    """
    whole = base + suffix
    if len(whole.encode("utf-8")) <= MAX_NAME_BYTES:
        return check_name(whole)
    tag = _tag(base)
    room = MAX_NAME_BYTES - len(suffix.encode("utf-8")) - len(tag)
    if room < 1:
        raise ValueError(f"the suffix {suffix!r} leaves no room for a name")
    cut = base.encode("utf-8")[:room].decode("utf-8", errors="ignore")
    return check_name(cut + tag + suffix)


def stem_belongs_to(stem: str, base: str) -> bool:
    """Is ``stem`` (a generated name without its suffix) ``base``, whole or shortened?"""
    if stem == base:
        return True
    tag = _tag(base)
    return stem.endswith(tag) and base.startswith(stem[: -len(tag)])


# -- connections ---------------------------------------------------------------------


def password_args(url: URL) -> dict[str, str]:
    """Connect arguments that keep ``PGPASSWORD`` of the environment out of a built-in
    cluster's connection.

    Its secret is in its own password file (``passfile`` in the URL); libpq takes the
    variable before the file, so on TCP (Windows) a PGPASSWORD meant for another server
    would be sent and refused. An empty password is not taken from the environment and
    still sends libpq to the file.
    """
    if url.password is None and url.query.get("passfile"):
        return {"password": ""}
    return {}


@contextmanager
def maintenance(url: URL, *, autocommit: bool = True) -> Iterator[Connection]:
    """A connection to the server's maintenance database (autocommit unless told)."""
    last: DBAPIError | None = None
    for name in _MAINTENANCE:
        engine = sa.create_engine(
            url.set(database=name),
            isolation_level="AUTOCOMMIT" if autocommit else "READ COMMITTED",
            poolclass=sa.NullPool,
            connect_args=password_args(url),
        )
        try:
            try:
                conn = engine.connect()
            except DBAPIError as exc:
                if getattr(exc.orig, "sqlstate", "") != _NO_SUCH_DATABASE:
                    raise
                last = exc
                continue
            with conn:
                yield conn
            return
        finally:
            engine.dispose()
    assert last is not None
    raise last


def execute(conn: Connection, statement: sql.Composable) -> None:
    """Run a statement composed with :mod:`psycopg.sql` (names quoted by the driver)."""
    raw = conn.connection.driver_connection
    text = statement.as_string(raw)
    # no parameters: the driver must not read a % in a quoted name as a placeholder
    conn.execution_options(no_parameters=True).exec_driver_sql(text)


# -- the operations ------------------------------------------------------------------


def database_exists(url: URL, name: str) -> bool:
    with maintenance(url) as conn:
        found = conn.execute(
            sa.text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": check_name(name)}
        ).first()
    return found is not None


def list_databases(url: URL) -> list[str]:
    """Every database on the server, by name."""
    with maintenance(url) as conn:
        return [str(n) for n in conn.execute(sa.text("SELECT datname FROM pg_database")).scalars()]


def create_database(url: URL, name: str, *, template: str | None = None) -> None:
    """``CREATE DATABASE name [TEMPLATE template]``; raises the server's refusal."""
    statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(check_name(name)))
    if template is not None:
        statement = sql.SQL("{} TEMPLATE {}").format(
            statement, sql.Identifier(check_name(template))
        )
    with maintenance(url) as conn:
        execute(conn, statement)


def ensure_database(url: URL, name: str) -> bool:
    """Create ``name`` unless it exists; True when it was created."""
    check_name(name)
    with maintenance(url) as conn:
        exists = conn.execute(
            sa.text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}
        ).first()
        if exists:
            return False
        execute(conn, sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return True


def drop_database(url: URL, name: str, *, force: bool = True) -> None:
    """``DROP DATABASE IF EXISTS``; ``force`` ends the sessions still on it first."""
    statement = sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(check_name(name)))
    if force:
        statement = sql.SQL("{} WITH (FORCE)").format(statement)
    with maintenance(url) as conn:
        execute(conn, statement)


def set_option(url: URL, name: str, parameter: str, value: str) -> None:
    """``ALTER DATABASE name SET parameter = value`` (a default for new sessions)."""
    statement = sql.SQL("ALTER DATABASE {} SET {} = {}").format(
        sql.Identifier(check_name(name)), sql.Identifier(parameter), sql.Literal(value)
    )
    with maintenance(url) as conn:
        execute(conn, statement)


def terminate_connections(conn: Connection, names: Sequence[str]) -> None:
    """End every other session on the databases ``names``."""
    conn.execute(
        sa.text(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = ANY(:names) AND pid <> pg_backend_pid()"
        ),
        {"names": list(names)},
    )


def rename_databases(
    url: URL, renames: Sequence[tuple[str, str]], *, attempts: int = 40, pause: float = 0.25
) -> None:
    """Rename every ``(old, new)`` in one transaction, after ending the other sessions.

    Sessions take a moment to go after being terminated (and a program may reconnect at
    once), so a rename refused because the database is in use is tried again, up to
    ``attempts`` times; the last refusal is raised. Either all renames happen or none.
    """
    for old, new in renames:
        check_name(old)
        check_name(new)
    sources = [old for old, _new in renames] + [new for _old, new in renames]
    with maintenance(url, autocommit=False) as conn:
        for attempt in range(attempts):
            terminate_connections(conn, sources)
            conn.commit()
            try:
                with conn.begin():
                    for old, new in renames:
                        execute(
                            conn,
                            sql.SQL("ALTER DATABASE {} RENAME TO {}").format(
                                sql.Identifier(old), sql.Identifier(new)
                            ),
                        )
                return
            except DBAPIError as exc:
                if getattr(exc.orig, "sqlstate", "") != _OBJECT_IN_USE or attempt == attempts - 1:
                    raise
            time.sleep(pause)


def is_insufficient_privilege(exc: DBAPIError) -> bool:
    return getattr(exc.orig, "sqlstate", "") == _INSUFFICIENT_PRIVILEGE
