"""Loading a backup as data: our schema, then only the rows of our tables.

:func:`load_backup` is what restore, verify-backup and review mode use instead of
``pg_restore -d`` (which would run whatever SQL the file holds). It builds the schema
from our migrations and refuses a dump that holds anything else (:mod:`.archive`), then
reads the dump's table data as text (``pg_restore --data-only -f -``: nothing connects
to a database) and parses it here:

* each ``COPY public.<table> (<columns>) FROM stdin;`` header must name a table of ours
  and exactly its columns, else the file is refused; the rows that follow go, as they
  are, into a ``COPY … FROM STDIN`` that this module writes (names through
  :class:`psycopg.sql.Identifier`), so they can only ever be values of our columns;
* ``setval`` lines are read as numbers; the sequences are set by us afterwards;
* any other line is refused; nothing of the file is ever executed.

Everything is loaded in one transaction, with our triggers and foreign keys held off
in our own session (``session_replication_role = replica`` for a superuser; else each
table's user triggers disabled and its foreign keys deferred, inside the transaction),
so a failure leaves the database empty of data and a kill leaves no half state.

The unpacked size is bounded (a decompression bomb): at most :data:`MAX_RATIO` times
the dump's size, and at most half the free disk space where that can be measured.
"""

from __future__ import annotations

import re
import shutil
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import psycopg
import sqlalchemy as sa
from psycopg import sql
from sqlalchemy.engine import URL

from localex_desktop.db.connection import make_engine
from localex_desktop.domain import backup_format as fmt
from localex_desktop.domain.backup_format import UntrustedBackup
from localex_desktop.services.backup.archive import (
    OurSchema,
    build_schema,
    check_toc,
    list_archive,
    shown,
)
from localex_desktop.services.backup.common import BackupFailed, ProgressFn, format_size
from localex_desktop.services.backup.tools import PgTools, feed_tool, libpq_env

#: the most the table data may unpack to, as a multiple of the dump's size
MAX_RATIO = 64
#: … but always allowed up to this much (a tiny dump of an empty exchange)
MIN_ALLOWANCE = 64 * 1024 * 1024
#: the longest line outside the table data (settings, comments, setval)
MAX_LINE = 64 * 1024
_READ = 1024 * 1024
_END = b"\\.\n"
_IDENT = r'(?:[a-z_][a-z0-9_$]*|"(?:[^"]|"")+")'
_COPY = re.compile(
    rf"^COPY public\.(?P<table>{_IDENT}) \((?P<cols>{_IDENT}(?:, {_IDENT})*)\) FROM stdin;$"
)
_SETVAL = re.compile(
    rf"^SELECT pg_catalog\.setval\('public\.(?P<seq>{_IDENT})', (?P<value>-?\d{{1,19}}), "
    r"(?P<called>true|false)\);$"
)
_ENCODING = re.compile(r"^SET client_encoding = '(?P<name>[A-Za-z0-9_]{1,20})';$")
_HARMLESS = re.compile(
    r"^(?:--.*|SET [a-z_]+ = [^;]*;|SELECT pg_catalog\.set_config\('search_path', '', false\);"
    r"|\\(?:un)?restrict [A-Za-z0-9]+)?$"
)
_BIGINT = 2**63 - 1


def _unquote(name: str) -> str:
    return name[1:-1].replace('""', '"') if name.startswith('"') else name


def _names(cols: str) -> list[str]:
    return [_unquote(c) for c in re.findall(_IDENT, cols)]


def load_backup(
    tools: PgTools,
    url: URL,
    header: fmt.BackupHeader,
    key: bytes | None,
    *,
    space: Path | None = None,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
    before_data: Callable[[], None] | None = None,
) -> OurSchema:
    """Fill the empty database at ``url`` from the backup: our schema, then its data.

    ``before_data`` runs once the file's contents were checked and before any row is
    loaded (the restore takes its safety backup there). ``space``: a folder on the disk
    that holds the database, to bound the load by its free space.
    """
    entries = list_archive(tools, header, key, progress, cancel)
    schema = build_schema(tools, url, header.manifest.schema_revision, progress)
    check_toc(entries, schema)
    if before_data is not None:
        before_data()
    load_data(tools, url, header, key, schema, space=space, progress=progress, cancel=cancel)
    return schema


def allowance(header: fmt.BackupHeader, space: Path | None) -> tuple[int, str]:
    """How many bytes the table data may unpack to, and why not more (for the message)."""
    limit = max(MIN_ALLOWANCE, MAX_RATIO * header.manifest.dump_bytes)
    why = f"{MAX_RATIO} times the size of its dump"
    if space is not None:
        try:
            free = shutil.disk_usage(space).free // 2
        except OSError:
            return limit, why
        if free < limit:
            return free, f"half the free disk space in {space}"
    return limit, why


class _Loader:
    """Parses the text of ``pg_restore --data-only -f -`` and feeds our own COPYs."""

    def __init__(
        self,
        cur: psycopg.Cursor[tuple[object, ...]],
        schema: OurSchema,
        limit: tuple[int, str],
    ) -> None:
        self.cur = cur
        self.schema = schema
        self.limit, self.why = limit
        self.seen: set[str] = set()
        self.setvals: dict[str, int | None] = {}
        self.total = 0

    def refuse(self, what: str) -> UntrustedBackup:
        return UntrustedBackup(
            f"This backup's table data {what}; it was not loaded. Nothing was changed.",
            hint="The file was changed after it was made, or made by another program. "
            "Use another backup.",
        )

    def count(self, n: int) -> None:
        self.total += n
        if self.total > self.limit:
            raise UntrustedBackup(
                f"This backup unpacks to more than {format_size(self.limit)} ({self.why}); "
                "it was not loaded. Nothing was changed.",
                hint="A backup made by LocalEx Desktop never unpacks to that much; use "
                "another one, or free disk space if the exchange really is that large.",
            )

    def run(self, stream: IO[bytes], tick: Callable[[], None]) -> None:
        buf = b""
        eof = False
        while True:
            nl = buf.find(b"\n")
            while nl < 0 and not eof:
                if len(buf) > MAX_LINE:
                    raise self.refuse("holds a line far longer than any LocalEx Desktop writes")
                piece = stream.read(_READ)
                eof = not piece
                self.count(len(piece))
                start = len(buf)
                buf += piece
                nl = buf.find(b"\n", start)
            if nl < 0:
                if buf.strip():
                    raise self.refuse("ends in the middle of a line")
                return
            line, buf = buf[:nl], buf[nl + 1 :]
            tick()
            buf = self.line(line.decode("utf-8", errors="replace").rstrip("\r"), buf, stream, tick)

    def line(self, text: str, buf: bytes, stream: IO[bytes], tick: Callable[[], None]) -> bytes:
        if match := _COPY.match(text):
            return self.copy_block(match["table"], match["cols"], buf, stream, tick)
        if match := _SETVAL.match(text):
            seq = _unquote(match["seq"])
            if seq not in self.schema.sequences:
                raise self.refuse(f"sets a sequence `{shown(seq)}` that is not ours")
            value = int(match["value"])
            called = value if match["called"] == "true" else value - 1
            self.setvals[seq] = called if 1 <= called <= _BIGINT else None
            return buf
        if match := _ENCODING.match(text):  # the rows' bytes are in this encoding
            self.cur.execute("SELECT set_config('client_encoding', %s, true)", (match["name"],))
            return buf
        if _HARMLESS.match(text):
            return buf
        raise self.refuse(f"holds a statement LocalEx Desktop does not write ({shown(text)!r})")

    def copy_block(
        self, table_q: str, cols_q: str, buf: bytes, stream: IO[bytes], tick: Callable[[], None]
    ) -> bytes:
        table, cols = _unquote(table_q), _names(cols_q)
        ours = self.schema.columns.get(table)
        if ours is None:
            raise self.refuse(f"names a table `{shown(table)}` that LocalEx Desktop does not have")
        if len(set(cols)) != len(cols) or set(cols) != ours:
            odd = sorted(set(cols) ^ ours) or cols
            raise self.refuse(
                f"names columns of the table {table} that are not exactly its own "
                f"(`{shown(', '.join(odd))}`)"
            )
        if table in self.seen:
            raise self.refuse(f"holds the rows of the table {table} twice")
        self.seen.add(table)
        statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
            sql.Identifier("public", table), sql.SQL(", ").join(map(sql.Identifier, cols))
        )
        if table == "alembic_version":  # our migrations wrote it, at the same revision
            return self.rows(lambda _rows: None, table, buf, stream, tick)
        with self.cur.copy(statement) as copy:
            return self.rows(copy.write, table, buf, stream, tick)

    def rows(
        self,
        write: Callable[[bytes], None],
        table: str,
        buf: bytes,
        stream: IO[bytes],
        tick: Callable[[], None],
    ) -> bytes:
        """Hand the rows up to the end mark (``\\.``) to ``write``; the rest after it."""
        while True:
            if buf.startswith(_END):
                return buf[len(_END) :]
            end = buf.find(b"\n" + _END)
            if end >= 0:
                write(buf[: end + 1])
                return buf[end + 1 + len(_END) :]
            cut = buf.rfind(b"\n") + 1
            if cut:
                write(buf[:cut])
                buf = buf[cut:]
            piece = stream.read(_READ)
            if not piece:
                raise self.refuse(f"of the table {table} ends without its end mark")
            self.count(len(piece))
            buf += piece
            tick()


def load_data(
    tools: PgTools,
    url: URL,
    header: fmt.BackupHeader,
    key: bytes | None,
    schema: OurSchema,
    *,
    space: Path | None,
    progress: ProgressFn | None,
    cancel: threading.Event | None,
) -> None:
    """Load the dump's table data into our schema at ``url``, in one transaction: our
    rules held off, the tables emptied, the rows, the sequences."""
    engine = make_engine(url)
    try:
        with _refused_rows(), engine.begin() as conn:
            raw = conn.connection.driver_connection
            assert isinstance(raw, psycopg.Connection)
            cur = raw.cursor()
            tables = sorted(schema.columns)
            held = _hold_rules(cur, tables)
            loaded = [t for t in tables if t != "alembic_version"]
            if loaded:
                cur.execute(
                    sql.SQL("TRUNCATE {}").format(
                        sql.SQL(", ").join(sql.Identifier("public", t) for t in loaded)
                    )
                )
            loader = _Loader(cur, schema, allowance(header, space))
            feed_tool(
                [str(tools.pg_restore), "--data-only", "-f", "-"],
                libpq_env(sa.make_url("postgresql://")),
                header,
                key,
                loader.run,
                what="pg_restore",
                progress=progress,
                cancel=cancel,
            )
            _set_sequences(cur, schema, loader.setvals)
            _release_rules(cur, tables, held)
    finally:
        engine.dispose()


@contextmanager
def _refused_rows() -> Iterator[None]:
    """The server's errors while loading, said as what they mean for this backup."""
    try:
        yield
    except (psycopg.DataError, psycopg.IntegrityError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise UntrustedBackup(
            f"This backup's rows do not fit the tables of its schema ({shown(first, 200)}); "
            "it was not loaded. Nothing was changed.",
            hint="The file was changed after it was made, or made by another program. Use "
            "another backup.",
        ) from exc
    except psycopg.Error as exc:
        raise BackupFailed(f"Loading the backup failed: {shown(str(exc), 200)}") from exc


def _hold_rules(
    cur: psycopg.Cursor[tuple[object, ...]], tables: list[str]
) -> list[tuple[str, str]] | None:
    """Hold our triggers and foreign keys off while loading, in this transaction only.

    The rows were checked by them when they were first written, and the ledger is
    verified after the load. Returns the foreign keys made deferrable for the load (None
    for a superuser, whose session simply holds every trigger off).
    """
    cur.execute("SELECT current_setting('is_superuser')")
    row = cur.fetchone()
    if row is not None and row[0] == "on":
        cur.execute("SET LOCAL session_replication_role = replica")
        return None
    cur.execute("SELECT set_config('localex.posting', 'on', true)")
    for table in tables:
        cur.execute(
            sql.SQL("ALTER TABLE {} DISABLE TRIGGER USER").format(sql.Identifier("public", table))
        )
    cur.execute(
        "SELECT c.relname, k.conname FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid "
        "WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace "
        "AND NOT k.condeferrable"
    )
    keys = [(str(t), str(c)) for t, c in cur.fetchall()]
    for table, name in keys:
        cur.execute(
            sql.SQL("ALTER TABLE {} ALTER CONSTRAINT {} DEFERRABLE INITIALLY DEFERRED").format(
                sql.Identifier("public", table), sql.Identifier(name)
            )
        )
    cur.execute("SET CONSTRAINTS ALL DEFERRED")
    return keys


def _release_rules(
    cur: psycopg.Cursor[tuple[object, ...]], tables: list[str], held: list[tuple[str, str]] | None
) -> None:
    """Check the deferred foreign keys now and put our rules back as they were."""
    if held is None:
        return  # SET LOCAL ends with the transaction
    cur.execute("SET CONSTRAINTS ALL IMMEDIATE")
    for table, name in held:
        cur.execute(
            sql.SQL("ALTER TABLE {} ALTER CONSTRAINT {} NOT DEFERRABLE").format(
                sql.Identifier("public", table), sql.Identifier(name)
            )
        )
    for table in tables:
        cur.execute(
            sql.SQL("ALTER TABLE {} ENABLE TRIGGER USER").format(sql.Identifier("public", table))
        )


def _set_sequences(
    cur: psycopg.Cursor[tuple[object, ...]], schema: OurSchema, values: dict[str, int | None]
) -> None:
    """Each sequence past the highest id loaded (or the file's value, if higher)."""
    for seq, (table, column) in sorted(schema.sequences.items()):
        cur.execute(
            sql.SQL("SELECT max({}) FROM {}").format(
                sql.Identifier(column), sql.Identifier("public", table)
            )
        )
        row = cur.fetchone()
        highest = [v for v in (row[0] if row else None, values.get(seq)) if isinstance(v, int)]
        if highest:
            cur.execute(
                "SELECT setval(%s::regclass, %s, true)",
                (sql.Identifier("public", seq).as_string(cur), max(highest)),
            )
