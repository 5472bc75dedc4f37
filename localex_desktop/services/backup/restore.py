"""Restoring a backup: beside the current data, checked, then switched by rename.

:func:`restore_backup` builds our schema at the backup's revision in a new database
``<name>_restore_<time>`` and checks that the file holds nothing else (:mod:`.load`:
nothing of the file is ever run), takes a safety backup of the current database, loads
the file's table data, migrates and verifies it, and only then
switches, in one transaction of two ``ALTER DATABASE … RENAME``: the previous data
stays as ``<name>_before_restore_<time>`` until the next successful restore or prune.
A failure or a kill before the switch leaves the current database untouched.

Others connected are listed and checked before anything is done, asked to close and
disconnected before the safety backup (:mod:`.restore_others`), and the restored
database carries the mark their windows compare (:func:`db.presence.leave_mark`).
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from localex_desktop.db import carried_grants, migrate, presence
from localex_desktop.db.connection import Database, make_engine
from localex_desktop.domain import backup_format as fmt
from localex_desktop.domain.backup_format import BackupDamaged, Manifest
from localex_desktop.domain.errors import (
    LocalexError,
    Refused,
    VerificationFailed,
)
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.domain.settings import SETTINGS, Scope
from localex_desktop.domain.words import counted
from localex_desktop.services import audit
from localex_desktop.services import verify as ledger_verify
from localex_desktop.services.backup.common import (
    ProgressFn,
    check_cancel,
    say,
)
from localex_desktop.services.backup.create import create_backup
from localex_desktop.services.backup.databases import (
    create_database,
    drop_database,
    drop_leftovers,
    restore_names,
    switch,
)
from localex_desktop.services.backup.load import load_backup
from localex_desktop.services.backup.restore_others import (
    Takeover,
    check_takeover,
    connected_others,
    take_over,
)
from localex_desktop.services.backup.schedule import record_outcome
from localex_desktop.services.backup.summary import has_table
from localex_desktop.services.backup.tools import (
    find_pg_tools,
    server_major,
)
from localex_desktop.services.backup.verify import check_restored, check_schema_known, open_backup

log = logging.getLogger(__name__)


@dataclass
class RestoreResult:
    database: str
    previous_kept_as: str | None
    safety_backup: Path | None
    manifest: Manifest
    migrated_from: str | None
    schema_revision: str | None
    ledger: ledger_verify.VerifyReport | None
    dropped: list[str]
    seconds: float

    def as_dict(self) -> dict[str, Any]:
        return {
            "database": self.database,
            "previous_kept_as": self.previous_kept_as,
            "safety_backup": str(self.safety_backup) if self.safety_backup else None,
            "backup_created_at": self.manifest.created_at.isoformat(timespec="seconds"),
            "migrated_from": self.migrated_from,
            "schema_revision": self.schema_revision,
            "transactions": self.ledger.transactions if self.ledger else 0,
            "dropped": self.dropped,
            "seconds": round(self.seconds, 3),
        }


def _current_has_schema(db: Database) -> bool:
    with db.engine.connect() as conn:
        return has_table(conn, "public.alembic_version")


def restore_backup(
    db: Database,
    actor: Actor,
    path: Path,
    *,
    passphrase: str | None = None,
    safety_backup: bool = True,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
    scrypt_n: int | None = None,
    takeover: Takeover | None = None,
) -> RestoreResult:
    """Replace the data of ``db`` with the backup at ``path``; see the module notes.

    With others connected it refuses unless ``takeover.disconnect`` (then they are
    asked to close and disconnected before the safety backup)."""
    actor.require(Permission.MANAGE_DATABASE)
    takeover = takeover or Takeover(by=actor.name)
    started = time.perf_counter()
    header, key = open_backup(Path(path), passphrase, progress=progress, cancel=cancel)
    manifest = header.manifest
    check_schema_known(manifest)
    others = connected_others(db)
    check_takeover(db, others, "restore", takeover)
    current = str(db.url.database)
    new_name, old_name = restore_names(db.url, current)
    had_schema = _current_has_schema(db)
    safety: Path | None = None

    def safety_first() -> None:
        """Once the file was checked and before any of its rows is loaded."""
        nonlocal safety
        take_over(db, others, "restore", takeover, progress=progress, cancel=cancel)
        if had_schema and safety_backup:
            say(progress, "safety", "Backing up the current data first")
            safety = create_backup(
                db,
                actor,
                passphrase=passphrase,
                label="before-restore",
                progress=progress,
                cancel=cancel,
                scrypt_n=scrypt_n,
            ).path
        check_cancel(cancel)

    check_cancel(cancel)
    tools = find_pg_tools(db, server_major(db.engine))
    try:
        create_database(db.url, new_name)
    except DBAPIError as exc:
        raise Refused(
            f"The server does not let {db.url.username or 'this user'} create a database, "
            "which a restore needs (it never overwrites the data in place).",
            hint="Ask the server's administrator for the CREATEDB right, or restore into a "
            "new data folder with `localex --data-dir NEW restore FILE`.",
        ) from exc
    switched = False
    try:
        new_url = db.url.set(database=new_name)
        say(progress, "check", f"Checking the backup in the new database {new_name}")
        load_backup(
            tools,
            new_url,
            header,
            key,
            space=db.data_dir,
            progress=progress,
            cancel=cancel,
            before_data=safety_first,
        )
        differences, migrated_from, report = check_restored(
            new_url, manifest, actor, progress, cancel
        )
        if differences:
            raise BackupDamaged(
                "The restored data does not match the backup's manifest: "
                + "; ".join(differences[:5])
                + ". Nothing was changed.",
            )
        assert report is not None
        if not report.ok:
            first = report.problems[0].message if report.problems else ""
            raise VerificationFailed(
                f"The backup's ledger does not verify ({counted(len(report.problems), 'problem')}; "
                f"first: {first}). Nothing was changed.",
                hint="Use another backup, or open this one for review to inspect it.",
            )
        forget_machine_settings(new_url)
        _carry_grants(db, new_url, new_name)
        check_cancel(cancel)
        presence.leave_mark(db.url, new_name, "restored", takeover.by, presence.instance(db))
        say(progress, "switch", "Switching to the restored data")
        db.engine.dispose()
        switch(db.url, current, new_name, old_name)
        switched = True
    finally:
        if not switched:
            drop_database(db.url, new_name)
    db.engine.dispose()
    dropped: list[str] = []
    kept: str | None = old_name
    if not had_schema:  # nothing was there worth keeping
        if drop_database(db.url, old_name):
            dropped.append(old_name)
        kept = None
    dropped += drop_leftovers(db.url, current, keep={old_name})
    _after_restore(db, actor, header, safety, kept)
    say(progress, "done", "Restore complete")
    return RestoreResult(
        database=current,
        previous_kept_as=kept,
        safety_backup=safety,
        manifest=manifest,
        migrated_from=migrated_from,
        schema_revision=migrate.current_revision(db.engine),
        ledger=report,
        dropped=dropped,
        seconds=time.perf_counter() - started,
    )


def _carry_grants(db: Database, new_url: URL, new_name: str) -> None:
    """What a server's administrator granted by hand on the current database, given to
    the restored one too (db/carried_grants.py); nothing on a first restore."""
    if not _current_has_schema(db):
        return
    with db.engine.connect() as conn:
        carried = carried_grants.read(db.url, conn)
    if not carried.objects and carried.database is None:
        return
    log.info("carrying to the restored data: %s", "; ".join(carried.describe()))
    engine = make_engine(new_url)
    try:
        with engine.begin() as conn:
            carried_grants.apply(db.url, new_name, conn, carried)
    finally:
        engine.dispose()


def forget_machine_settings(url: URL) -> None:
    """Drop what an older version kept in the database of this computer's settings
    (the backup folder, the folder of pg_dump): a restored file must never choose where
    this computer writes its backups or which programs it runs."""
    keys = [k for k, s in SETTINGS.items() if s.scope is Scope.MACHINE and s.moved_from_exchange]
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            if conn.execute(sa.text("SELECT to_regclass('public.settings') IS NOT NULL")).scalar():
                gone = conn.execute(
                    sa.text("DELETE FROM settings WHERE key = ANY(:keys)"), {"keys": keys}
                ).rowcount
                if gone:
                    log.warning("the restored backup set this computer's settings; ignored")
    finally:
        engine.dispose()


def _after_restore(
    db: Database, actor: Actor, header: fmt.BackupHeader, safety: Path | None, kept: str | None
) -> None:
    m = header.manifest
    try:
        with db.transaction() as s:
            audit.record(
                s,
                actor,
                "restore",
                "database",
                str(db.url.database),
                after={
                    "file": str(header.path),
                    "backup_created_at": m.created_at.isoformat(timespec="seconds"),
                    "schema_revision": m.schema_revision,
                    "safety_backup": str(safety) if safety else None,
                    "previous_kept_as": kept,
                },
            )
    except (DBAPIError, LocalexError) as exc:
        log.warning("could not write the audit row of the restore: %s", exc)
    record_outcome(
        db, m.created_at, ok=True, path=header.path, nbytes=header.file_size, restored=True
    )
