"""Checking a backup file: end to end, in a scratch database that is always dropped.

:func:`verify_backup` checks the file (checksum or authentication), loads it into a
scratch database on the same cluster (or, when the server does not let us create
databases, into a private scratch cluster in a temporary folder), compares counts, sums
and chain heads with the manifest, migrates the scratch copy to this program's schema if
it is older and runs the ledger ``verify``. Loading runs nothing of the file: the schema
comes from our own migrations and only the table data is read from it (:mod:`.load`).
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from localex_desktop.db import admin, migrate
from localex_desktop.db.connection import Database, make_engine
from localex_desktop.db.embedded import EmbeddedServer, postgres_bin_dir
from localex_desktop.domain import backup_format as fmt
from localex_desktop.domain.backup_format import Manifest
from localex_desktop.domain.errors import LocalexError, SchemaMismatch
from localex_desktop.domain.roles import Actor, Permission, Role
from localex_desktop.services import verify as ledger_verify
from localex_desktop.services.backup.common import (
    BackupFailed,
    ProgressFn,
    check_cancel,
    say,
    stamp,
)
from localex_desktop.services.backup.databases import create_database, drop_database
from localex_desktop.services.backup.load import load_backup
from localex_desktop.services.backup.summary import collect_summary
from localex_desktop.services.backup.tools import (
    PgTools,
    find_pg_tools,
    server_major,
    tools_in,
)

log = logging.getLogger(__name__)


def open_backup(
    path: Path,
    passphrase: str | None,
    *,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
) -> tuple[fmt.BackupHeader, bytes | None]:
    """Read the header, unlock, and check the whole body before anything is restored."""
    say(progress, "check", f"Reading {Path(path).name}")
    header = fmt.read_header(Path(path))
    key = fmt.unlock(header, passphrase)
    total = header.manifest.dump_bytes
    done = 0
    for piece in fmt.iter_body(header, key):
        check_cancel(cancel)
        done += len(piece)
        say(progress, "check", "Checking the file's checksum", done, total)
    return header, key


def check_schema_known(manifest: Manifest) -> None:
    """Refuse a backup written by a newer program, naming the revision it needs."""
    revision = manifest.schema_revision
    known = [r.revision for r in migrate.all_revisions()]
    if revision is not None and revision not in known:
        raise SchemaMismatch(
            f"This backup was made by LocalEx Desktop {manifest.app_version} at schema revision "
            f"{revision}; this program knows revisions up to {known[-1]}.",
            hint=f"Install LocalEx Desktop {manifest.app_version} or newer to open it.",
        )


@dataclass
class _Scratch:
    url: URL
    tools: PgTools
    space: Path | None  # a folder on the disk that holds it (None: a server elsewhere)
    where: str


@contextlib.contextmanager
def _scratch_database(db: Database | None) -> Iterator[_Scratch]:
    """A throw-away database: on ``db``'s cluster if we may create one there, else private."""
    if db is not None:
        name = admin.fit_name(str(db.url.database), f"_verify_{stamp()}_{os.getpid()}")
        try:
            create_database(db.url, name)
        except DBAPIError as exc:
            log.info(
                "cannot create a scratch database on the server (%s); using a private one", exc
            )
        else:
            try:
                tools = find_pg_tools(db, server_major(db.engine))
                yield _Scratch(db.url.set(database=name), tools, db.data_dir, f"database {name}")
            finally:
                drop_database(db.url, name)
            return
    folder = Path(tempfile.mkdtemp(prefix="localex-verify-"))
    server = EmbeddedServer.acquire(folder)
    try:
        url = sa.make_url(server.url("postgres"))
        create_database(url, "localex_verify")
        bin_dir = postgres_bin_dir()
        shipped = tools_in(bin_dir)
        if shipped is None:
            raise BackupFailed(f"The built-in pg_restore in {bin_dir} does not work.")
        yield _Scratch(
            url.set(database="localex_verify"), shipped, folder, f"a scratch cluster in {folder}"
        )
    finally:
        server.release()
        shutil.rmtree(folder, ignore_errors=True)


@dataclass
class VerifyBackupResult:
    ok: bool
    path: Path
    manifest: Manifest
    differences: list[str] = field(default_factory=list)
    ledger: ledger_verify.VerifyReport | None = None
    migrated_from: str | None = None
    scratch: str = ""
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        m = self.manifest
        return {
            "ok": self.ok,
            "path": str(self.path),
            "created_at": m.created_at.isoformat(timespec="seconds"),
            "app_version": m.app_version,
            "schema_revision": m.schema_revision,
            "encrypted": m.encryption is not None,
            "tables": m.summary.tables,
            "transactions": m.summary.ledger.transactions if m.summary.ledger else 0,
            "balance_sum": m.summary.ledger.balance_sum if m.summary.ledger else 0,
            "chain_digest": m.summary.ledger.chain_digest if m.summary.ledger else None,
            "differences": self.differences,
            "ledger": self.ledger.as_dict() if self.ledger else None,
            "migrated_from": self.migrated_from,
            "scratch": self.scratch,
            "seconds": round(self.seconds, 3),
        }


def check_restored(
    url: URL,
    manifest: Manifest,
    actor: Actor,
    progress: ProgressFn | None,
    cancel: threading.Event | None,
) -> tuple[list[str], str | None, ledger_verify.VerifyReport | None]:
    """Compare a restored database with the manifest, migrate it to head, verify the ledger."""
    engine = make_engine(url)
    try:
        say(progress, "compare", "Comparing counts, balances and chain heads with the manifest")
        with engine.connect() as conn, conn.begin():
            actual = collect_summary(conn)
        differences = fmt.compare_summaries(manifest.summary, actual)
        if differences:
            return differences, None, None
        check_cancel(cancel)
        migrated_from = None
        st = migrate.status(engine)
        if not st.up_to_date:
            migrated_from = st.current
            say(progress, "migrate", f"Migrating from schema {st.current} to {st.head}")
            try:
                migrate.upgrade(engine, progress=lambda text: say(progress, "migrate", text))
            except (DBAPIError, LocalexError) as exc:
                return [f"migrating it from schema {st.current} failed: {exc}"], st.current, None
        check_cancel(cancel)
        say(progress, "verify", "Verifying the ledger")
        with Session(engine) as s, s.begin():
            s.execute(sa.text("SET TRANSACTION READ ONLY"))
            report = ledger_verify.verify(s, actor)
        return [], migrated_from, report
    finally:
        engine.dispose()


def verify_backup(
    path: Path,
    *,
    db: Database | None = None,
    passphrase: str | None = None,
    actor: Actor | None = None,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
) -> VerifyBackupResult:
    """Load ``path`` into a scratch database and check it against its manifest.

    Refuses (raises) for a file that is not a backup, needs a passphrase, is damaged or
    truncated, or comes from a newer program; returns ``ok=False`` with the differences
    when the restored data does not match the manifest or the ledger does not verify.
    """
    actor = actor or Actor("backup-check", Role.BOOKKEEPER)
    actor.require(Permission.READ)
    started = time.perf_counter()
    header, key = open_backup(Path(path), passphrase, progress=progress, cancel=cancel)
    check_schema_known(header.manifest)
    with _scratch_database(db) as scratch:
        say(progress, "restore", f"Restoring into {scratch.where}")
        load_backup(
            scratch.tools,
            scratch.url,
            header,
            key,
            space=scratch.space,
            progress=progress,
            cancel=cancel,
        )
        differences, migrated_from, report = check_restored(
            scratch.url, header.manifest, actor, progress, cancel
        )
    ok = not differences and report is not None and report.ok
    return VerifyBackupResult(
        ok=ok,
        path=Path(path),
        manifest=header.manifest,
        differences=differences,
        ledger=report,
        migrated_from=migrated_from,
        scratch=scratch.where,
        seconds=time.perf_counter() - started,
    )
