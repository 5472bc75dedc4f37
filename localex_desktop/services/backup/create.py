"""Making a backup: a consistent snapshot, ``pg_dump``, and a file written safely.

:func:`create_backup` takes a consistent snapshot (``pg_export_snapshot``): the
manifest's counts, balances and chain heads are computed in the same snapshot that
``pg_dump --snapshot`` dumps. The dump goes to a private (0700) staging folder beside
the target, then the backup is written (0600) under a hidden temporary name, flushed to
disk and renamed: an interrupted backup never leaves a ``*.localex`` file, and never a
plain dump (:mod:`.private`).
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from localex_desktop import __version__
from localex_desktop.db.connection import Database
from localex_desktop.domain import backup_format as fmt
from localex_desktop.domain.backup_format import DatabaseSummary, Manifest
from localex_desktop.domain.errors import (
    LocalexError,
    Refused,
    ValidationError,
)
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services import rights, seals
from localex_desktop.services.backup.common import (
    BackupFailed,
    ProgressFn,
    check_cancel,
    file_size,
    say,
)
from localex_desktop.services.backup.config import load_config
from localex_desktop.services.backup.private import (
    create_private,
    private_folder,
    remove_stale,
    staging,
)
from localex_desktop.services.backup.schedule import record_outcome
from localex_desktop.services.backup.summary import collect_summary
from localex_desktop.services.backup.tools import (
    PgTools,
    dbname_arg,
    find_pg_tools,
    libpq_env,
    run_tool,
    server_major,
)

_COPY = 1024 * 1024


@dataclass(frozen=True)
class BackupResult:
    path: Path
    sha256: str  # of the whole file, as sha256sum prints it
    bytes: int
    manifest: Manifest
    seconds: float
    pg_dump_seconds: float

    def as_dict(self) -> dict[str, Any]:
        m = self.manifest
        return {
            "path": str(self.path),
            "sha256": self.sha256,
            "bytes": self.bytes,
            "created_at": m.created_at.isoformat(timespec="seconds"),
            "schema_revision": m.schema_revision,
            "encrypted": m.encryption is not None,
            "transactions": m.summary.ledger.transactions if m.summary.ledger else 0,
            "seconds": round(self.seconds, 3),
        }


def _backup_name(created: datetime, label: str) -> str:
    stamp = created.astimezone().strftime("%Y%m%d-%H%M%S")
    return f"localex-{stamp}{'-' + label if label else ''}{fmt.SUFFIX}"


def _target_path(out: str | Path | None, folder: Path, created: datetime, label: str) -> Path:
    """``out`` ending in ``.localex`` names the file; anything else is a folder to write into."""
    if out is not None and str(out).lower().endswith(fmt.SUFFIX):
        return Path(out).expanduser().resolve()
    base = (Path(out).expanduser() if out is not None else folder).resolve()
    path = base / _backup_name(created, label)
    n = 2
    while path.exists():
        path = base / f"{path.name.removesuffix(fmt.SUFFIX).rsplit('~', 1)[0]}~{n}{fmt.SUFFIX}"
        n += 1
    return path


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _partial(final: Path, kind: str) -> Path:
    return final.with_name(f".{final.name}.{os.getpid()}.{kind}")


def create_backup(
    db: Database,
    actor: Actor,
    *,
    out: str | Path | None = None,
    passphrase: str | None = None,
    label: str = "",
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
    record: bool = True,
    scrypt_n: int | None = None,
) -> BackupResult:
    """Write a backup of ``db``; the outcome (good or failed) goes to ``last_backup``."""
    actor.require(Permission.READ)
    started = time.perf_counter()
    created = datetime.now(UTC).replace(microsecond=0)
    if label and not re.fullmatch(r"[A-Za-z0-9_-]{1,40}", label):
        raise ValidationError("A backup label is 1 to 40 letters, digits, - or _.")
    if passphrase is not None:
        fmt.check_passphrase_strength(passphrase)
    rights.require_for(db, rights.Task.BACKUP)  # in words, before pg_dump fails half-way
    record = record and rights.may_record(db)
    path: Path | None = None
    try:
        cfg = load_config(db)
        path = _target_path(out, cfg.folder, created, label)
        ours = path.parent == Path(cfg.folder).expanduser().resolve()
        result = _write_backup(
            db, actor, path, created, label, passphrase, progress, cancel, started, scrypt_n, ours
        )
    except BaseException as exc:
        if record:
            reason = str(exc) if isinstance(exc, LocalexError) else f"{type(exc).__name__}: {exc}"
            if isinstance(exc, KeyboardInterrupt):
                reason = "interrupted"
            record_outcome(db, created, ok=False, path=path, error=reason)
        raise
    if record:
        record_outcome(
            db, created, ok=True, path=result.path, nbytes=result.bytes, sha=result.sha256
        )
    return result


def _write_backup(
    db: Database,
    actor: Actor,
    path: Path,
    created: datetime,
    label: str,
    passphrase: str | None,
    progress: ProgressFn | None,
    cancel: threading.Event | None,
    started: float,
    scrypt_n: int | None,
    ours: bool,
) -> BackupResult:
    try:
        private_folder(path.parent, ours=ours)
    except OSError as exc:
        raise BackupFailed(
            f"The backup folder {path.parent} cannot be created ({exc.strerror})."
        ) from exc
    if not os.access(path.parent, os.W_OK):
        raise BackupFailed(f"The backup folder {path.parent} cannot be written to.")
    check_cancel(cancel)
    major = server_major(db.engine)
    tools = find_pg_tools(db, major)
    remove_stale(path.parent)
    file_tmp = _partial(path, "partial")
    try:
        with staging(_partial(path, "dump-partial")) as stage:
            dump_tmp = stage / "dump"
            summary, server_version, dump_s, seal = _dump(db, tools, dump_tmp, progress, cancel)
            check_cancel(cancel)
            manifest, writer = _write_file(
                db,
                actor,
                tools,
                dump_tmp,
                file_tmp,
                created,
                label,
                passphrase,
                summary,
                server_version,
                progress,
                cancel,
                scrypt_n,
                seal,
            )
        os.replace(file_tmp, path)
        _fsync_dir(path.parent)
    except OSError as exc:
        raise BackupFailed(f"The backup could not be written to {path.parent}: {exc}") from exc
    finally:
        file_tmp.unlink(missing_ok=True)
    say(progress, "done", f"Backup written to {path}")
    return BackupResult(
        path, writer.sha256, writer.bytes, manifest, time.perf_counter() - started, dump_s
    )


def _dump(
    db: Database,
    tools: PgTools,
    dump_tmp: Path,
    progress: ProgressFn | None,
    cancel: threading.Event | None,
) -> tuple[DatabaseSummary, str, float, dict[str, Any] | None]:
    """pg_dump of one snapshot into ``dump_tmp``; the manifest's numbers of that snapshot
    and the exchange's seal of it (services.seals)."""
    say(progress, "snapshot", "Counting what the database holds")
    with db.engine.connect() as conn:
        conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            conn.execute(sa.text("SET TRANSACTION READ ONLY"))
            snapshot = str(conn.execute(sa.text("SELECT pg_export_snapshot()")).scalar_one())
            summary = collect_summary(conn)
            seal = seals.seal_for_backup(conn) if summary.ledger is not None else None
            if summary.schema_revision is None:
                raise Refused(
                    "There is nothing to back up: this database has not been set up.",
                    hint="Run `localex init` first.",
                )
            server_version = str(conn.execute(sa.text("SHOW server_version")).scalar_one())
            say(progress, "dump", "Dumping the database with pg_dump")
            t0 = time.perf_counter()
            run_tool(
                [
                    str(tools.pg_dump),
                    "-Fc",
                    "--no-sync",
                    f"--snapshot={snapshot}",
                    "-f",
                    str(dump_tmp),
                    "-d",
                    dbname_arg(db.url),
                ],
                libpq_env(db.url),
                "pg_dump",
                cancel,
                tick=lambda: say(
                    progress, "dump", "Dumping the database with pg_dump", file_size(dump_tmp)
                ),
            )
            return summary, server_version, time.perf_counter() - t0, seal


def _write_file(
    db: Database,
    actor: Actor,
    tools: PgTools,
    dump_tmp: Path,
    file_tmp: Path,
    created: datetime,
    label: str,
    passphrase: str | None,
    summary: DatabaseSummary,
    server_version: str,
    progress: ProgressFn | None,
    cancel: threading.Event | None,
    scrypt_n: int | None,
    seal: dict[str, Any] | None,
) -> tuple[Manifest, fmt.BackupWriter]:
    """The backup file (0600 from its first byte) from the staged dump, flushed to disk."""
    digest = hashlib.sha256()
    with dump_tmp.open("rb") as fh:
        while piece := fh.read(_COPY):
            digest.update(piece)
    dump_bytes = dump_tmp.stat().st_size
    key = None
    encryption = None
    if passphrase is not None:
        say(progress, "write", "Deriving the encryption key")
        encryption, key = fmt.new_encryption(passphrase, n=scrypt_n)
    manifest = Manifest(
        app_version=__version__,
        created_at=created,
        actor=actor.name,
        database_name=str(db.url.database),
        mode=db.mode,
        server_version=server_version,
        pg_dump_version=tools.version,
        summary=summary,
        dump_bytes=dump_bytes,
        dump_sha256=digest.hexdigest(),
        label=label,
        encryption=encryption,
        seal=seal,
    )
    with create_private(file_tmp) as out, dump_tmp.open("rb") as src:
        writer = fmt.BackupWriter(out, manifest, key)
        done = 0
        while piece := src.read(_COPY):
            check_cancel(cancel)
            writer.write(piece)
            done += len(piece)
            say(progress, "write", "Writing the backup file", done, dump_bytes)
        writer.finish()
        out.flush()
        os.fsync(out.fileno())
    return manifest, writer
