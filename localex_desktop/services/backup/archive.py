"""What a backup's dump holds, compared with what our own schema would hold.

A ``.localex`` file is data, never code. Restoring a dump with ``pg_restore -d`` runs
every statement it holds (a function, an expression index over it, a trigger) as the
restoring role, so a crafted file could run programs on the server. Instead:

1. the schema is built from this program's own migrations, at the manifest's revision,
   in the empty database that will hold the data (:func:`build_schema`);
2. the dump's table of contents (``pg_restore -l``, read, not run) is compared with the
   table of contents of a schema-only dump of that fresh schema (:func:`check_toc`):
   anything else (a function, an index, a trigger, an extension, a schema, a large
   object …) is refused by name before anything is loaded;
3. only the table data is loaded, by :mod:`.load`, as COPY data into our own tables.

A function of ours whose body the file replaced passes the name check, but its body is
never run: only our migrations' functions exist in the database.
"""

from __future__ import annotations

import logging
import re
import subprocess
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO

import sqlalchemy as sa
from sqlalchemy.engine import URL

from localex_desktop.db import migrate
from localex_desktop.db.connection import make_engine
from localex_desktop.domain import backup_format as fmt
from localex_desktop.domain.backup_format import UntrustedBackup
from localex_desktop.services.backup.common import BackupFailed, ProgressFn, say
from localex_desktop.services.backup.tools import PgTools, dbname_arg, feed_tool, libpq_env

log = logging.getLogger(__name__)

#: the longest table of contents we read (ours is a few kilobytes)
MAX_TOC_BYTES = 8 * 1024 * 1024
#: entries every dump may hold and that are no object of ours (nothing of them is run)
_ALWAYS = {
    ("SCHEMA", "-", "public"),
    ("COMMENT", "-", "SCHEMA public"),
    ("EXTENSION", "-", "plpgsql"),
    ("COMMENT", "-", "EXTENSION plpgsql"),
}
#: kinds of entry that are no objects (privileges, comments, session settings): never run,
#: ignored (a comment on an object we lack comes with that object, which is refused)
_IGNORED_KINDS = {"ACL", "DEFAULT ACL", "COMMENT", "ENCODING", "STDSTRINGS", "SEARCHPATH"}
#: the kinds pg_dump writes, longest first (so "TABLE DATA" is not read as "TABLE")
_KINDS = sorted(
    """ACCESS METHOD|ACL|AGGREGATE|BLOB|BLOB METADATA|BLOBS|CAST|CHECK CONSTRAINT|COLLATION|
    COMMENT|CONSTRAINT|CONVERSION|DATABASE|DATABASE PROPERTIES|DEFAULT|DEFAULT ACL|DOMAIN|
    ENCODING|EVENT TRIGGER|EXTENSION|FK CONSTRAINT|FOREIGN DATA WRAPPER|FOREIGN TABLE|
    FUNCTION|INDEX|INDEX ATTACH|LARGE OBJECT|MATERIALIZED VIEW|MATERIALIZED VIEW DATA|
    OPERATOR|OPERATOR CLASS|OPERATOR FAMILY|POLICY|PROCEDURE|PROCEDURAL LANGUAGE|
    PUBLICATION|PUBLICATION TABLE|PUBLICATION TABLES IN SCHEMA|ROW SECURITY|RULE|SCHEMA|
    SEARCHPATH|SECURITY LABEL|SEQUENCE|SEQUENCE OWNED BY|SEQUENCE SET|SERVER|SHELL TYPE|
    STATISTICS|STATISTICS DATA|STDSTRINGS|SUBSCRIPTION|SUBSCRIPTION TABLE|TABLE|
    TABLE ATTACH|TABLE DATA|TEXT SEARCH CONFIGURATION|TEXT SEARCH DICTIONARY|
    TEXT SEARCH PARSER|TEXT SEARCH TEMPLATE|TRANSFORM|TRIGGER|TYPE|USER MAPPING|VIEW""".replace(
        "\n", ""
    )
    .replace("    ", "")
    .split("|"),
    key=len,
    reverse=True,
)
_WORDS = {
    "FUNCTION": "a function",
    "PROCEDURE": "a procedure",
    "AGGREGATE": "an aggregate function",
    "INDEX": "an index",
    "TRIGGER": "a trigger",
    "EVENT TRIGGER": "an event trigger",
    "EXTENSION": "an extension",
    "TABLE": "a table",
    "TABLE DATA": "data for a table",
    "VIEW": "a view",
    "MATERIALIZED VIEW": "a materialized view",
    "RULE": "a rule",
    "POLICY": "a row security policy",
    "SCHEMA": "a schema",
    "TYPE": "a type",
    "DOMAIN": "a domain",
    "OPERATOR": "an operator",
    "CAST": "a cast",
    "LARGE OBJECT": "a large object",
    "BLOB": "a large object",
    "BLOBS": "large objects",
    "SEQUENCE": "a sequence",
    "CONSTRAINT": "a constraint",
    "FK CONSTRAINT": "a foreign key",
    "DEFAULT": "a column default",
    "COMMENT": "a comment",
    "SERVER": "a foreign server",
    "FOREIGN TABLE": "a foreign table",
    "PUBLICATION": "a publication",
    "SUBSCRIPTION": "a subscription",
}
_LINE = re.compile(r"^-?\d+; \d+ \d+ (?P<rest>.*)$")


@dataclass(frozen=True)
class TocEntry:
    kind: str
    schema: str
    name: str

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.kind, self.schema, self.name)

    def in_words(self) -> str:
        what = _WORDS.get(self.kind, f"an object of the kind {self.kind.lower()}")
        return f"{what} `{shown(self.name)}`"


@dataclass(frozen=True)
class OurSchema:
    """What our migrations make at one revision: the only things a backup may fill."""

    revision: str
    columns: dict[str, frozenset[str]]  # table -> its columns a COPY may name
    sequences: dict[str, tuple[str, str]]  # sequence -> (table, column) it numbers
    toc: frozenset[tuple[str, str, str]]  # the entries of a schema-only dump


def shown(text: str, limit: int = 80) -> str:
    """A name from the file, safe to print: no control characters, not too long."""
    clean = "".join("?" if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") else c for c in text)
    return clean if len(clean) <= limit else clean[: limit - 1] + "…"


def parse_toc_line(line: str) -> TocEntry | None:
    """One line of ``pg_restore -l`` (``id; classid oid KIND schema name owner``)."""
    match = _LINE.match(line)
    if match is None:
        return None
    rest = match["rest"]
    kind = next((k for k in _KINDS if rest.startswith(k + " ")), rest.split(" ", 1)[0])
    tail = rest[len(kind) + 1 :]
    schema, _, name_owner = tail.partition(" ")
    name = name_owner.rsplit(" ", 1)[0] if " " in name_owner else name_owner
    return TocEntry(kind, schema, name)


def parse_toc(text: str) -> list[TocEntry]:
    entries = []
    for line in text.splitlines():
        if not line.strip() or line.startswith(";"):
            continue
        entry = parse_toc_line(line)
        if entry is None:
            raise UntrustedBackup(
                "The backup's table of contents holds a line LocalEx Desktop cannot read "
                f"({shown(line)!r}); it was not loaded. Nothing was changed."
            )
        entries.append(entry)
    return entries


def _read_bounded(stream: IO[bytes], tick: Callable[[], None]) -> str:
    data = bytearray()
    while piece := stream.read(64 * 1024):
        data += piece
        tick()
        if len(data) > MAX_TOC_BYTES:
            raise UntrustedBackup(
                "The backup's table of contents is far larger than any LocalEx Desktop "
                "writes; it was not loaded. Nothing was changed."
            )
    return data.decode("utf-8", errors="replace")


def list_archive(
    tools: PgTools,
    header: fmt.BackupHeader,
    key: bytes | None,
    progress: ProgressFn | None,
    cancel: threading.Event | None,
) -> list[TocEntry]:
    """The dump's table of contents, read by ``pg_restore -l`` (which runs nothing)."""
    text = feed_tool(
        [str(tools.pg_restore), "-l"],
        libpq_env(sa.make_url("postgresql://")),
        header,
        key,
        _read_bounded,
        what="pg_restore",
        stage=("check", "Reading what the backup holds"),
        progress=progress,
        cancel=cancel,
    )
    return parse_toc(text)


def build_schema(
    tools: PgTools, url: URL, revision: str | None, progress: ProgressFn | None
) -> OurSchema:
    """Migrate the empty database at ``url`` to ``revision`` and describe what it holds."""
    if revision is None:
        raise UntrustedBackup(
            "This backup names no schema revision, which LocalEx Desktop always records; "
            "it was not loaded."
        )
    say(progress, "check", f"Building the schema of revision {revision} from this program")
    engine = make_engine(url)
    try:
        migrate.upgrade(engine, revision)
        with engine.connect() as conn:
            rows = conn.execute(
                sa.text(
                    "SELECT c.relname, a.attname FROM pg_attribute a "
                    "JOIN pg_class c ON c.oid = a.attrelid "
                    "JOIN pg_namespace n ON n.oid = c.relnamespace "
                    "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') "
                    "AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''"
                )
            ).all()
            seqs = conn.execute(
                sa.text(
                    "SELECT s.relname, t.relname, a.attname FROM pg_class s "
                    "JOIN pg_namespace n ON n.oid = s.relnamespace "
                    "JOIN pg_depend d ON d.objid = s.oid "
                    "AND d.classid = 'pg_class'::regclass "
                    "AND d.refclassid = 'pg_class'::regclass "
                    "JOIN pg_class t ON t.oid = d.refobjid "
                    "JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid "
                    "WHERE s.relkind = 'S' AND n.nspname = 'public'"
                )
            ).all()
    finally:
        engine.dispose()
    columns: dict[str, set[str]] = {}
    for table, column in rows:
        columns.setdefault(str(table), set()).add(str(column))
    return OurSchema(
        revision=revision,
        columns={t: frozenset(c) for t, c in columns.items()},
        sequences={str(s): (str(t), str(c)) for s, t, c in seqs},
        toc=frozenset(e.key for e in _schema_toc(tools, url)),
    )


def _schema_toc(tools: PgTools, url: URL) -> list[TocEntry]:
    """The table of contents of a schema-only dump of ``url`` (our own, fresh schema)."""
    env = libpq_env(url)
    dump = subprocess.Popen(
        [str(tools.pg_dump), "-s", "-Fc", "-d", dbname_arg(url)],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert dump.stdout is not None
    listing = subprocess.run(
        [str(tools.pg_restore), "-l"],
        env=env,
        stdin=dump.stdout,
        capture_output=True,
        check=False,
    )
    dump.stdout.close()
    _out, dump_err = dump.communicate()
    if dump.returncode != 0 or listing.returncode != 0:
        message = (dump_err or listing.stderr).decode("utf-8", errors="replace").strip()
        log.error("listing our own schema failed: %s", message)
        raise BackupFailed(f"pg_dump could not describe the new schema: {message}")
    return parse_toc(listing.stdout.decode("utf-8", errors="replace"))


def check_toc(entries: list[TocEntry], schema: OurSchema) -> None:
    """Refuse, naming it, anything in the dump that our schema at its revision lacks."""
    allowed = set(schema.toc) | _ALWAYS
    allowed |= {("TABLE DATA", "public", t) for t in schema.columns}
    allowed |= {("SEQUENCE SET", "public", s) for s in schema.sequences}
    strange = [e for e in entries if e.kind not in _IGNORED_KINDS and e.key not in allowed]
    if not strange:
        return
    first = strange[0]
    more = f" (and {len(strange) - 1} more things)" if len(strange) > 1 else ""
    log.warning("refused a backup holding %s", [e.key for e in strange[:20]])
    raise UntrustedBackup(
        f"This backup holds {first.in_words()}{more} that LocalEx Desktop did not make "
        f"(its schema at revision {schema.revision} has no such thing); it was not loaded. "
        "Nothing was changed.",
        hint="The file was changed after it was made, or made by another program. Use "
        "another backup, and ask where this one came from.",
    )
