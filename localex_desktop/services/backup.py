"""Backups: make, check and restore ``.localex`` files, and keep a folder of them tidy.

* :func:`create_backup` takes a consistent snapshot (``pg_export_snapshot``): the
  manifest's counts, balances and chain heads are computed in the same snapshot that
  ``pg_dump --snapshot`` dumps. The dump goes to a hidden temporary file in the target
  folder, then the backup is written under a hidden temporary name, flushed to disk and
  renamed: an interrupted backup never leaves a ``*.localex`` file.
* :func:`verify_backup` checks the file end to end (checksum or authentication), restores
  it into a scratch database on the same cluster (or, when the server does not let us
  create databases, into a private scratch cluster in a temporary folder), compares
  counts, sums and chain heads with the manifest, migrates the scratch copy to this
  program's schema if it is older and runs the ledger ``verify``; the scratch database
  is always dropped.
* :func:`restore_backup` takes a safety backup of the current database, restores into
  a new database ``<name>_restore_<time>``, migrates and verifies it, and only then
  switches, in one transaction of two ``ALTER DATABASE … RENAME``: the previous data
  stays as ``<name>_before_restore_<time>`` until the next successful restore or prune.
  A failure or a kill before the switch leaves the current database untouched.
* :func:`list_backups`, :func:`prune_backups`, :func:`backup_health` and
  :func:`backup_on_schedule` serve the folder of automatic backups.

Long operations take a ``progress`` callback (:class:`Progress`) and a ``cancel``
event (checked at safe points, never during the switch) and return plain dataclasses,
so a Qt wizard can drive them from a worker thread.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import logging
import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

import psutil
import sqlalchemy as sa
from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from localex_desktop import __version__, paths
from localex_desktop.db import admin, migrate
from localex_desktop.db.connection import Database, make_engine
from localex_desktop.db.embedded import POSTGRES_MAJOR, EmbeddedServer, postgres_bin_dir
from localex_desktop.domain import backup_format as fmt
from localex_desktop.domain.backup_format import (
    BackupDamaged,
    BackupError,
    DatabaseSummary,
    LedgerSummary,
    Manifest,
)
from localex_desktop.domain.errors import (
    DatabaseUnavailable,
    LocalexError,
    Refused,
    SchemaMismatch,
    ValidationError,
    VerificationFailed,
)
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services import audit, settings, verify

log = logging.getLogger(__name__)

# settings keys (exchange-wide, in the database)
KEY_FOLDER = "backup_folder"
KEY_RETENTION = "backup_retention"
KEY_MAX_AGE = "backup_max_age_hours"
KEY_INTERVAL = "backup_interval_hours"
KEY_PG_TOOLS = "backup_pg_tools_dir"
KEY_LAST = "last_backup"
#: folder with pg_dump/pg_restore for this machine; beats the setting (machine-specific)
ENV_PG_TOOLS = "LOCALEX_PG_TOOLS"

DEFAULT_MAX_AGE_HOURS = 48.0
DEFAULT_INTERVAL_HOURS = 24.0
RETRY_AFTER_FAILURE = timedelta(hours=1)
_COPY = 1024 * 1024


# -- progress, cancellation, errors -----------------------------------------------------


@dataclass(frozen=True)
class Progress:
    stage: str  # snapshot, dump, write, check, safety, restore, compare, migrate, verify, switch
    message: str
    done: int | None = None
    total: int | None = None


ProgressFn = Callable[[Progress], None]


class Cancelled(LocalexError):
    """The person cancelled; nothing was changed."""


class BackupFailed(Refused):
    """pg_dump, pg_restore or the disk failed; the message says which and why."""


def _say(
    progress: ProgressFn | None,
    stage: str,
    message: str,
    done: int | None = None,
    total: int | None = None,
) -> None:
    if progress is not None:
        progress(Progress(stage, message, done, total))


def _check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled("Cancelled; nothing was changed.")


# -- configuration ------------------------------------------------------------------------


@dataclass(frozen=True)
class BackupConfig:
    folder: Path
    retention: Retention
    max_age_hours: float
    interval_hours: float
    pg_tools_dir: Path | None


def default_folder(db: Database) -> Path:
    """``<data dir>/backups`` for the built-in database, else the user data dir's."""
    base = db.data_dir if db.data_dir is not None else paths.default_data_dir()
    return Path(base) / "backups"


def _has_table(conn: Connection | Session, name: str) -> bool:
    return bool(conn.execute(sa.text("SELECT to_regclass(:n) IS NOT NULL"), {"n": name}).scalar())


def _read_settings(db: Database, keys: list[str]) -> dict[str, Any]:
    try:
        with db.session() as s:
            if not _has_table(s, "public.settings"):
                return {}
            return {k: settings.get(s, k) for k in keys}
    except DBAPIError as exc:
        log.warning("could not read backup settings: %s", exc)
        return {}


def load_config(db: Database) -> BackupConfig:
    raw = _read_settings(db, [KEY_FOLDER, KEY_RETENTION, KEY_MAX_AGE, KEY_INTERVAL, KEY_PG_TOOLS])
    folder = raw.get(KEY_FOLDER)
    tools = raw.get(KEY_PG_TOOLS)
    return BackupConfig(
        folder=Path(str(folder)).expanduser() if folder else default_folder(db),
        retention=Retention.from_dict(raw.get(KEY_RETENTION)),
        max_age_hours=float(raw.get(KEY_MAX_AGE) or DEFAULT_MAX_AGE_HOURS),
        interval_hours=float(raw.get(KEY_INTERVAL) or DEFAULT_INTERVAL_HOURS),
        pg_tools_dir=Path(str(tools)).expanduser() if tools else None,
    )


def save_config(
    db: Database,
    actor: Actor,
    *,
    folder: str | Path | None = None,
    retention: Retention | None = None,
    max_age_hours: float | None = None,
    interval_hours: float | None = None,
    pg_tools_dir: str | Path | None = None,
) -> BackupConfig:
    """Change the backup settings (audited); ``None`` leaves a value as it is."""
    actor.require(Permission.MANAGE_SETTINGS)
    changes: dict[str, Any] = {}
    if folder is not None:
        text = str(folder).strip()
        if not text or not Path(text).expanduser().is_absolute():
            raise ValidationError("The backup folder must be a full path.", field="folder")
        changes[KEY_FOLDER] = text
    if retention is not None:
        for name, value in retention.to_dict().items():
            if not 0 <= value <= 1000:
                raise ValidationError(f"Keep {name}: 0 to 1000 backups.", field="retention")
        changes[KEY_RETENTION] = retention.to_dict()
    for key, hours in ((KEY_MAX_AGE, max_age_hours), (KEY_INTERVAL, interval_hours)):
        if hours is not None:
            if not 0.25 <= hours <= 24 * 366:
                raise ValidationError("Hours must be between 0.25 and 8784.", field=key)
            changes[key] = float(hours)
    if pg_tools_dir is not None:
        changes[KEY_PG_TOOLS] = str(pg_tools_dir).strip() or None
    with db.transaction() as s:
        for key, value in changes.items():
            settings.put(s, actor, key, value)
    return load_config(db)


# -- pg_dump / pg_restore -----------------------------------------------------------------


@dataclass(frozen=True)
class PgTools:
    pg_dump: Path
    pg_restore: Path
    version: str
    major: int


def _tool_version(exe: Path) -> tuple[str, int] | None:
    try:
        stat = exe.stat()
    except OSError:
        return None
    return _cached_version(str(exe), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=32)
def _cached_version(exe: str, _mtime: int, _size: int) -> tuple[str, int] | None:
    try:
        proc = subprocess.run(
            [exe, "--version"], capture_output=True, text=True, timeout=30, check=False
        )
    except OSError:
        return None
    match = re.search(r"(\d+)(?:\.(\d+))?", proc.stdout)
    if proc.returncode != 0 or match is None:
        return None
    return match.group(0), int(match.group(1))


def _exe(folder: Path, name: str) -> Path:
    return folder / (name + (".exe" if os.name == "nt" else ""))


def find_pg_tools(db: Database, server_major: int) -> PgTools:
    """pg_dump and pg_restore of the server's major version.

    Looked for in ``LOCALEX_PG_TOOLS``, the ``backup_pg_tools_dir`` setting, the tools
    shipped with the built-in server, the PATH and the usual install folders.
    """
    explicit: list[tuple[str, Path]] = []
    if os.environ.get(ENV_PG_TOOLS):
        explicit.append((ENV_PG_TOOLS, Path(os.environ[ENV_PG_TOOLS]).expanduser()))
    configured = load_config(db).pg_tools_dir
    if configured is not None:
        explicit.append((f"the {KEY_PG_TOOLS} setting", configured))
    for source, folder in explicit:
        found = _tools_in(folder)
        if found is None:
            raise BackupFailed(
                f"{source} names {folder}, which holds no working pg_dump and pg_restore.",
                hint="Point it at the bin folder of a PostgreSQL installation.",
            )
        if found.major != server_major:
            raise BackupFailed(
                f"The pg_dump in {folder} is version {found.version}; the database server "
                f"runs PostgreSQL {server_major}.",
                hint=f"Point {source} at the tools of PostgreSQL {server_major}.",
            )
        return found
    candidates: list[Path] = []
    with contextlib.suppress(DatabaseUnavailable):
        candidates.append(postgres_bin_dir())
    on_path = shutil.which("pg_dump")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    candidates += [
        Path(f"/usr/lib/postgresql/{server_major}/bin"),
        Path(f"/usr/pgsql-{server_major}/bin"),
        Path(f"/opt/homebrew/opt/postgresql@{server_major}/bin"),
        Path(f"/usr/local/opt/postgresql@{server_major}/bin"),
        Path(f"C:/Program Files/PostgreSQL/{server_major}/bin"),
    ]
    for folder in candidates:
        if not _exe(folder, "pg_dump").exists():
            continue
        found = _tools_in(folder)
        if found is not None and found.major == server_major:
            return found
    raise BackupFailed(
        f"No pg_dump for PostgreSQL {server_major} was found (the built-in tools are "
        f"version {POSTGRES_MAJOR}).",
        hint=f"Install the PostgreSQL {server_major} client tools, or set {ENV_PG_TOOLS} "
        f"(or the {KEY_PG_TOOLS} setting) to their bin folder.",
    )


def _tools_in(folder: Path) -> PgTools | None:
    dump, restore = _exe(folder, "pg_dump"), _exe(folder, "pg_restore")
    if not dump.exists() or not restore.exists():
        return None
    version = _tool_version(dump)
    if version is None:
        return None
    return PgTools(dump, restore, version[0], version[1])


_LIBPQ_QUERY = {
    "sslmode": "PGSSLMODE",
    "sslrootcert": "PGSSLROOTCERT",
    "sslcert": "PGSSLCERT",
    "sslkey": "PGSSLKEY",
    "target_session_attrs": "PGTARGETSESSIONATTRS",
    "options": "PGOPTIONS",
    "connect_timeout": "PGCONNECT_TIMEOUT",
}


def libpq_env(url: URL) -> dict[str, str]:
    """Environment for a client tool to reach ``url`` (the password never on a command line)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    query = {k: (v[0] if isinstance(v, tuple) else v) for k, v in url.query.items()}
    host = url.host or query.get("host")
    port = url.port or query.get("port")
    if host:
        env["PGHOST"] = str(host)
    if port:
        env["PGPORT"] = str(port)
    if url.username:
        env["PGUSER"] = url.username
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    if url.database:
        env["PGDATABASE"] = url.database
    for key, var in _LIBPQ_QUERY.items():
        if query.get(key):
            env[var] = str(query[key])
    env["PGAPPNAME"] = "localex-backup"
    return env


def dbname_arg(url: URL) -> str:
    """``-d`` for a client tool: a conninfo naming the database, quoted as libpq wants.

    A bare name holding ``=`` would be read as a connection string; everything else
    (host, port, user, password) comes from :func:`libpq_env`.
    """
    name = str(url.database).replace("\\", "\\\\").replace("'", "\\'")
    return f"dbname='{name}'"


def _server_major(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(sa.text("SHOW server_version_num")).scalar_one()) // 10000


def _last_line(text: str) -> str:
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    useful = [ln for ln in lines if "error" in ln.lower()] or lines
    return useful[-1] if useful else "no message"


def _run_waiting(
    cmd: list[str],
    env: dict[str, str],
    what: str,
    cancel: threading.Event | None,
    tick: Callable[[], None] | None = None,
) -> None:
    """Run a tool to the end, polling for cancellation; stderr kept for the message."""
    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as err:
        proc = subprocess.Popen(
            cmd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err
        )
        try:
            while True:
                try:
                    code = proc.wait(timeout=0.2)
                    break
                except subprocess.TimeoutExpired:
                    if tick is not None:
                        tick()
                    if cancel is not None and cancel.is_set():
                        proc.terminate()
                        proc.wait(timeout=30)
                        raise Cancelled("Cancelled; nothing was changed.") from None
        except BaseException:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            raise
        err.seek(0)
        message = err.read()
    if code != 0:
        log.error("%s failed (%s): %s", what, code, message)
        raise BackupFailed(f"{what} failed: {_last_line(message)}")


def _pg_restore(
    tools: PgTools,
    url: URL,
    header: fmt.BackupHeader,
    key: bytes | None,
    *,
    no_acl: bool,
    progress: ProgressFn | None,
    cancel: threading.Event | None,
) -> None:
    """Stream the (decrypted) dump into pg_restore; the checksum is checked at the end."""
    cmd = [str(tools.pg_restore), "--exit-on-error", "--no-owner", "-d", dbname_arg(url)]
    if no_acl:
        cmd.append("--no-acl")
    total = header.manifest.dump_bytes
    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as err:
        proc = subprocess.Popen(
            cmd, env=libpq_env(url), stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=err
        )
        assert proc.stdin is not None
        done = 0
        broken = False
        try:
            for piece in fmt.iter_body(header, key):
                _check_cancel(cancel)
                try:
                    proc.stdin.write(piece)
                except BrokenPipeError:
                    broken = True
                    break
                done += len(piece)
                _say(progress, "restore", "Restoring the data", done, total)
            with contextlib.suppress(BrokenPipeError):
                proc.stdin.close()
            code = proc.wait()
        except BaseException:
            proc.kill()
            proc.wait()
            raise
        err.seek(0)
        message = err.read()
    if code != 0 or broken:
        log.error("pg_restore failed (%s): %s", code, message)
        raise BackupFailed(f"pg_restore could not restore the backup: {_last_line(message)}")


# -- what a database holds ----------------------------------------------------------------


def collect_summary(conn: Connection) -> DatabaseSummary:
    """Row counts of every table, and the ledger's totals and chain heads."""
    revision = None
    if _has_table(conn, "public.alembic_version"):
        revision = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
    tables = [
        str(r[0])
        for r in conn.execute(
            sa.text(
                "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1"
            )
        )
    ]
    counts = {
        t: int(conn.execute(sa.text(f'SELECT count(*) FROM "{t}"')).scalar_one()) for t in tables
    }
    ledger = None
    if {"accounts", "transactions", "entries"} <= set(tables):
        heads = {
            int(r[0]): str(r[1])
            for r in conn.execute(sa.text("SELECT id, encode(chain_head, 'hex') FROM accounts"))
        }
        balance_sum = int(
            conn.execute(sa.text("SELECT coalesce(sum(balance), 0) FROM accounts")).scalar_one()
        )
        ledger = LedgerSummary(counts["transactions"], counts["entries"], balance_sum, heads)
    return DatabaseSummary(None if revision is None else str(revision), counts, ledger)


# -- making a backup ----------------------------------------------------------------------


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
    path: Path | None = None
    try:
        cfg = load_config(db)
        path = _target_path(out, cfg.folder, created, label)
        result = _write_backup(
            db, actor, path, created, label, passphrase, progress, cancel, started, scrypt_n
        )
    except BaseException as exc:
        if record:
            reason = str(exc) if isinstance(exc, LocalexError) else f"{type(exc).__name__}: {exc}"
            if isinstance(exc, KeyboardInterrupt):
                reason = "interrupted"
            _record(db, created, ok=False, path=path, error=reason)
        raise
    if record:
        _record(db, created, ok=True, path=result.path, nbytes=result.bytes, sha=result.sha256)
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
) -> BackupResult:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupFailed(
            f"The backup folder {path.parent} cannot be created ({exc.strerror})."
        ) from exc
    if not os.access(path.parent, os.W_OK):
        raise BackupFailed(f"The backup folder {path.parent} cannot be written to.")
    _check_cancel(cancel)
    major = _server_major(db.engine)
    tools = find_pg_tools(db, major)
    dump_tmp, file_tmp = _partial(path, "dump-partial"), _partial(path, "partial")
    try:
        _say(progress, "snapshot", "Counting what the database holds")
        with db.engine.connect() as conn:
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                conn.execute(sa.text("SET TRANSACTION READ ONLY"))
                snapshot = str(conn.execute(sa.text("SELECT pg_export_snapshot()")).scalar_one())
                summary = collect_summary(conn)
                if summary.schema_revision is None:
                    raise Refused(
                        "There is nothing to back up: this database has not been set up.",
                        hint="Run `localex init` first.",
                    )
                server_version = str(conn.execute(sa.text("SHOW server_version")).scalar_one())
                _say(progress, "dump", "Dumping the database with pg_dump")
                t0 = time.perf_counter()
                _run_waiting(
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
                    tick=lambda: _say(
                        progress, "dump", "Dumping the database with pg_dump", _size(dump_tmp)
                    ),
                )
                dump_s = time.perf_counter() - t0
        _check_cancel(cancel)
        digest = hashlib.sha256()
        with dump_tmp.open("rb") as fh:
            while piece := fh.read(_COPY):
                digest.update(piece)
        dump_bytes = dump_tmp.stat().st_size
        key = None
        encryption = None
        if passphrase is not None:
            _say(progress, "write", "Deriving the encryption key")
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
        )
        with file_tmp.open("wb") as out, dump_tmp.open("rb") as src:
            writer = fmt.BackupWriter(out, manifest, key)
            done = 0
            while piece := src.read(_COPY):
                _check_cancel(cancel)
                writer.write(piece)
                done += len(piece)
                _say(progress, "write", "Writing the backup file", done, dump_bytes)
            writer.finish()
            out.flush()
            os.fsync(out.fileno())
        os.replace(file_tmp, path)
        _fsync_dir(path.parent)
    except OSError as exc:
        raise BackupFailed(f"The backup could not be written to {path.parent}: {exc}") from exc
    finally:
        dump_tmp.unlink(missing_ok=True)
        file_tmp.unlink(missing_ok=True)
    _say(progress, "done", f"Backup written to {path}")
    return BackupResult(
        path, writer.sha256, writer.bytes, manifest, time.perf_counter() - started, dump_s
    )


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None


def _record(
    db: Database,
    at: datetime,
    *,
    ok: bool,
    path: Path | None,
    nbytes: int = 0,
    sha: str | None = None,
    error: str | None = None,
) -> None:
    """Keep the outcome in ``last_backup``; a failed backup keeps the last good one too."""
    entry: dict[str, Any] = {
        "at": at.isoformat(timespec="seconds"),
        "ok": ok,
        "path": str(path) if path else None,
        "bytes": nbytes,
        "sha256": sha,
        "error": error,
    }
    try:
        with db.transaction() as s:
            if not _has_table(s, "public.settings"):
                return
            previous = settings.get(s, KEY_LAST) or {}
            if ok:
                entry["last_good"] = {"at": entry["at"], "path": entry["path"], "bytes": nbytes}
            else:
                entry["last_good"] = previous.get("last_good")
            settings._write(s, KEY_LAST, entry)
    except (DBAPIError, LocalexError) as exc:
        log.warning("could not record the backup outcome (%s): %s", entry, exc)
    if not ok:
        log.error("backup failed: %s", error)


# -- opening and checking a file ----------------------------------------------------------


def open_backup(
    path: Path,
    passphrase: str | None,
    *,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
) -> tuple[fmt.BackupHeader, bytes | None]:
    """Read the header, unlock, and check the whole body before anything is restored."""
    _say(progress, "check", f"Reading {Path(path).name}")
    header = fmt.read_header(Path(path))
    key = fmt.unlock(header, passphrase)
    total = header.manifest.dump_bytes
    done = 0
    for piece in fmt.iter_body(header, key):
        _check_cancel(cancel)
        done += len(piece)
        _say(progress, "check", "Checking the file's checksum", done, total)
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


# -- scratch databases --------------------------------------------------------------------


def _create_database(url: URL, name: str) -> None:
    admin.create_database(url, name, template="template0")


def _drop_database(url: URL, name: str, *, force: bool = True) -> bool:
    """Drop ``name`` if it is there; False (logged) when the server refuses."""
    try:
        admin.drop_database(url, name, force=force)
    except DBAPIError as exc:
        log.warning("could not drop database %s: %s", name, exc)
        return False
    return True


def _stamp(now: datetime | None = None) -> str:
    return (now or datetime.now(UTC)).strftime("%Y%m%d%H%M%S")


@dataclass
class _Scratch:
    url: URL
    tools: PgTools
    no_acl: bool
    where: str


@contextlib.contextmanager
def _scratch_database(db: Database | None) -> Iterator[_Scratch]:
    """A throw-away database: on ``db``'s cluster if we may create one there, else private."""
    if db is not None:
        name = admin.fit_name(str(db.url.database), f"_verify_{_stamp()}_{os.getpid()}")
        try:
            _create_database(db.url, name)
        except DBAPIError as exc:
            log.info(
                "cannot create a scratch database on the server (%s); using a private one", exc
            )
        else:
            try:
                tools = find_pg_tools(db, _server_major(db.engine))
                yield _Scratch(db.url.set(database=name), tools, False, f"database {name}")
            finally:
                _drop_database(db.url, name)
            return
    folder = Path(tempfile.mkdtemp(prefix="localex-verify-"))
    server = EmbeddedServer.acquire(folder)
    try:
        url = sa.make_url(server.url("postgres"))
        _create_database(url, "localex_verify")
        bin_dir = postgres_bin_dir()
        shipped = _tools_in(bin_dir)
        if shipped is None:
            raise BackupFailed(f"The built-in pg_restore in {bin_dir} does not work.")
        yield _Scratch(
            url.set(database="localex_verify"), shipped, True, f"a scratch cluster in {folder}"
        )
    finally:
        server.release()
        shutil.rmtree(folder, ignore_errors=True)


# -- verifying a backup -------------------------------------------------------------------


@dataclass
class VerifyBackupResult:
    ok: bool
    path: Path
    manifest: Manifest
    differences: list[str] = field(default_factory=list)
    ledger: verify.VerifyReport | None = None
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


def _check_restored(
    url: URL,
    manifest: Manifest,
    actor: Actor,
    progress: ProgressFn | None,
    cancel: threading.Event | None,
) -> tuple[list[str], str | None, verify.VerifyReport | None]:
    """Compare a restored database with the manifest, migrate it to head, verify the ledger."""
    engine = make_engine(url)
    try:
        _say(progress, "compare", "Comparing counts, balances and chain heads with the manifest")
        with engine.connect() as conn, conn.begin():
            actual = collect_summary(conn)
        differences = fmt.compare_summaries(manifest.summary, actual)
        if differences:
            return differences, None, None
        _check_cancel(cancel)
        migrated_from = None
        st = migrate.status(engine)
        if not st.up_to_date:
            migrated_from = st.current
            _say(progress, "migrate", f"Migrating from schema {st.current} to {st.head}")
            try:
                migrate.upgrade(engine, progress=lambda text: _say(progress, "migrate", text))
            except (DBAPIError, LocalexError) as exc:
                return [f"migrating it from schema {st.current} failed: {exc}"], st.current, None
        _check_cancel(cancel)
        _say(progress, "verify", "Verifying the ledger")
        with Session(engine) as s, s.begin():
            s.execute(sa.text("SET TRANSACTION READ ONLY"))
            report = verify.verify(s, actor)
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
    """Restore ``path`` into a scratch database and check it against its manifest.

    Refuses (raises) for a file that is not a backup, needs a passphrase, is damaged or
    truncated, or comes from a newer program; returns ``ok=False`` with the differences
    when the restored data does not match the manifest or the ledger does not verify.
    """
    from localex_desktop.domain.roles import Role

    actor = actor or Actor("backup-check", Role.BOOKKEEPER)
    actor.require(Permission.READ)
    started = time.perf_counter()
    header, key = open_backup(Path(path), passphrase, progress=progress, cancel=cancel)
    check_schema_known(header.manifest)
    with _scratch_database(db) as scratch:
        _say(progress, "restore", f"Restoring into {scratch.where}")
        _pg_restore(
            scratch.tools,
            scratch.url,
            header,
            key,
            no_acl=scratch.no_acl,
            progress=progress,
            cancel=cancel,
        )
        differences, migrated_from, report = _check_restored(
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


# -- restoring ----------------------------------------------------------------------------


@dataclass
class RestoreResult:
    database: str
    previous_kept_as: str | None
    safety_backup: Path | None
    manifest: Manifest
    migrated_from: str | None
    schema_revision: str | None
    ledger: verify.VerifyReport | None
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
        return _has_table(conn, "public.alembic_version")


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
) -> RestoreResult:
    """Replace the data of ``db`` with the backup at ``path``; see the module notes."""
    actor.require(Permission.MANAGE_DATABASE)
    started = time.perf_counter()
    header, key = open_backup(Path(path), passphrase, progress=progress, cancel=cancel)
    manifest = header.manifest
    check_schema_known(manifest)
    current = str(db.url.database)
    new_name, old_name = _restore_names(db.url, current)
    had_schema = _current_has_schema(db)
    safety: Path | None = None
    if had_schema and safety_backup:
        _say(progress, "safety", "Backing up the current data first")
        safety = create_backup(
            db,
            actor,
            passphrase=passphrase,
            label="before-restore",
            progress=progress,
            cancel=cancel,
            scrypt_n=scrypt_n,
        ).path
    _check_cancel(cancel)
    tools = find_pg_tools(db, _server_major(db.engine))
    try:
        _create_database(db.url, new_name)
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
        _say(progress, "restore", f"Restoring into the new database {new_name}")
        _pg_restore(tools, new_url, header, key, no_acl=False, progress=progress, cancel=cancel)
        differences, migrated_from, report = _check_restored(
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
                f"The backup's ledger does not verify ({len(report.problems)} problem(s); "
                f"first: {first}). Nothing was changed.",
                hint="Use another backup, or open this one for review to inspect it.",
            )
        _check_cancel(cancel)
        _say(progress, "switch", "Switching to the restored data")
        db.engine.dispose()
        _switch(db.url, current, new_name, old_name)
        switched = True
    finally:
        if not switched:
            _drop_database(db.url, new_name)
    db.engine.dispose()
    dropped: list[str] = []
    kept: str | None = old_name
    if not had_schema:  # nothing was there worth keeping
        if _drop_database(db.url, old_name):
            dropped.append(old_name)
        kept = None
    dropped += _drop_leftovers(db.url, current, keep={old_name})
    _after_restore(db, actor, header, safety, kept)
    _say(progress, "done", "Restore complete")
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


def _restore_names(url: URL, current: str) -> tuple[str, str]:
    """``<current>_restore_<time>`` and ``<current>_before_restore_<time>``, both unused.

    A long ``current`` is shortened in them (:func:`db.admin.fit_name`), never cut by
    the server.
    """
    taken = set(admin.list_databases(url))
    stamp = _stamp()
    for n in range(1, 1000):
        suffix = stamp if n == 1 else f"{stamp}_{n}"
        names = (
            admin.fit_name(current, f"_restore_{suffix}"),
            admin.fit_name(current, f"_before_restore_{suffix}"),
        )
        if not taken & set(names):
            return names
    raise Refused("Too many restores in one second; try again.")


def _switch(url: URL, current: str, new_name: str, old_name: str) -> None:
    """Both renames in one transaction, after closing every other session on both."""
    try:
        admin.rename_databases(url, [(current, old_name), (new_name, current)])
    except DBAPIError as exc:
        raise BackupFailed(
            f"Could not switch to the restored data: {exc.orig}. The previous data is unchanged."
        ) from exc


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
    _record(db, m.created_at, ok=True, path=header.path, nbytes=header.file_size)


_LEFTOVER = re.compile(r"(?P<stem>.+?)_(?:before_restore|restore|verify)_\d{14}(?:_\d+)?")
_LEFTOVER_GREEDY = re.compile(r"(?P<stem>.+)_(?:before_restore|restore|verify)_\d{14}(?:_\d+)?")


def _is_leftover_of(name: str, current: str) -> bool:
    """Was ``name`` made by a restore or a check of ``current`` (whole or shortened)?"""
    for pattern in (_LEFTOVER, _LEFTOVER_GREEDY):
        match = pattern.fullmatch(name)
        if match and admin.stem_belongs_to(match["stem"], current):
            return True
    return False


def _drop_leftovers(url: URL, current: str, keep: set[str], *, dry_run: bool = False) -> list[str]:
    """Drop earlier ``<current>_before_restore_*`` and abandoned restore/verify databases.

    Databases still in use (a restore or check running in another process) are left.
    """
    try:
        names = admin.list_databases(url)
    except DBAPIError as exc:
        log.warning("could not list leftover databases: %s", exc)
        return []
    dropped = []
    for name in sorted(names):
        if name in keep or name == current or not _is_leftover_of(name, current):
            continue
        if dry_run or _drop_database(url, name, force=False):
            dropped.append(name)
    return dropped


# -- the folder of backups ----------------------------------------------------------------


@dataclass(frozen=True)
class Retention:
    """Keep the newest backup of each of the last N days, ISO weeks and months."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12

    def to_dict(self) -> dict[str, int]:
        return {"daily": self.daily, "weekly": self.weekly, "monthly": self.monthly}

    @classmethod
    def from_dict(cls, raw: Any) -> Retention:
        base = cls()
        if not isinstance(raw, dict):
            return base
        return cls(
            int(raw.get("daily", base.daily)),
            int(raw.get("weekly", base.weekly)),
            int(raw.get("monthly", base.monthly)),
        )


@dataclass
class RetentionDecision:
    keep: dict[int, list[str]] = field(default_factory=dict)  # index -> reasons
    drop: list[int] = field(default_factory=list)


def apply_retention(
    stamps: Sequence[datetime], policy: Retention, tz: tzinfo | None = None
) -> RetentionDecision:
    """Which backups (by index into ``stamps``) to keep, and why; the newest always stays.

    Each rule walks the backups from the newest and keeps the newest one of each period
    (day, ISO week, month, in ``tz``, default local time) until it has kept as many
    periods as it is allowed. A backup kept by any rule stays.
    """
    order = sorted(range(len(stamps)), key=lambda i: stamps[i], reverse=True)
    result = RetentionDecision()
    if not order:
        return result
    result.keep[order[0]] = ["newest"]

    def local(i: int) -> datetime:
        st = stamps[i]
        if st.tzinfo is None:
            st = st.replace(tzinfo=UTC)
        return st.astimezone(tz)

    rules: list[tuple[str, int, Any]] = [
        ("daily", policy.daily, lambda d: d.date()),
        ("weekly", policy.weekly, lambda d: d.isocalendar()[:2]),
        ("monthly", policy.monthly, lambda d: (d.year, d.month)),
    ]
    for name, count, period in rules:
        seen: set[Any] = set()
        for i in order:
            if len(seen) >= count:
                break
            key = period(local(i))
            if key in seen:
                continue
            seen.add(key)
            result.keep.setdefault(i, []).append(name)
    result.drop = [i for i in order if i not in result.keep]
    return result


@dataclass(frozen=True)
class BackupFile:
    path: Path
    bytes: int
    created_at: datetime | None
    schema_revision: str | None
    app_version: str | None
    encrypted: bool
    label: str
    problem: str | None  # why the file cannot be used; None when its header is sound

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "bytes": self.bytes,
            "created_at": self.created_at.isoformat(timespec="seconds")
            if self.created_at
            else None,
            "schema_revision": self.schema_revision,
            "app_version": self.app_version,
            "encrypted": self.encrypted,
            "label": self.label,
            "problem": self.problem,
        }


def list_backups(folder: Path) -> list[BackupFile]:
    """Every ``*.localex`` in ``folder``, newest first, from their headers (fast)."""
    out: list[BackupFile] = []
    if not folder.is_dir():
        return out
    for path in folder.glob("*" + fmt.SUFFIX):
        if path.name.startswith(".") or not path.is_file():
            continue
        try:
            h = fmt.read_header(path)
        except (BackupError, LocalexError) as exc:
            out.append(BackupFile(path, _size(path) or 0, None, None, None, False, "", str(exc)))
            continue
        m = h.manifest
        out.append(
            BackupFile(
                path,
                h.file_size,
                m.created_at,
                m.schema_revision,
                m.app_version,
                h.encrypted,
                m.label,
                None,
            )
        )
    epoch = datetime.min.replace(tzinfo=UTC)
    out.sort(key=lambda b: (b.created_at or epoch, b.path.name), reverse=True)
    return out


@dataclass
class PruneResult:
    folder: Path
    kept: list[tuple[BackupFile, list[str]]]
    deleted: list[BackupFile]
    unreadable: list[BackupFile]
    partials_removed: list[Path]
    databases_dropped: list[str]
    dry_run: bool

    def as_dict(self) -> dict[str, Any]:
        return {
            "folder": str(self.folder),
            "dry_run": self.dry_run,
            "kept": [{**b.as_dict(), "reasons": r} for b, r in self.kept],
            "deleted": [b.as_dict() for b in self.deleted],
            "unreadable": [b.as_dict() for b in self.unreadable],
            "partials_removed": [str(p) for p in self.partials_removed],
            "databases_dropped": self.databases_dropped,
        }


_PARTIAL = re.compile(r"^\..+\.(\d+)\.(partial|dump-partial)$")


def _stale_partials(folder: Path, now: datetime) -> list[Path]:
    """Temporary files of backups that were interrupted (their process is gone)."""
    out: list[Path] = []
    if not folder.is_dir():
        return out
    for path in folder.iterdir():
        match = _PARTIAL.match(path.name)
        if not match:
            continue
        pid = int(match.group(1))
        age = now.timestamp() - path.stat().st_mtime
        if not psutil.pid_exists(pid) or age > 2 * 86400:
            out.append(path)
    return out


def prune_backups(
    folder: Path,
    retention: Retention,
    *,
    db: Database | None = None,
    dry_run: bool = False,
    now: datetime | None = None,
) -> PruneResult:
    """Delete backups the retention rules do not keep; unreadable files are left alone.

    Also removes temporary files of interrupted backups and, with ``db``, the databases
    a restore left behind (``…_before_restore_…``, abandoned ``…_restore_…``).
    """
    now = now or datetime.now(UTC)
    files = list_backups(folder)
    good = [b for b in files if b.problem is None and b.created_at is not None]
    unreadable = [b for b in files if b not in good]
    decision = apply_retention([b.created_at for b in good if b.created_at], retention)
    kept = [(good[i], reasons) for i, reasons in sorted(decision.keep.items())]
    deleted = [good[i] for i in decision.drop]
    partials = _stale_partials(folder, now)
    if not dry_run:
        for b in deleted:
            b.path.unlink(missing_ok=True)
        for p in partials:
            p.unlink(missing_ok=True)
    dropped: list[str] = []
    if db is not None:
        dropped = _drop_leftovers(db.url, str(db.url.database), keep=set(), dry_run=dry_run)
    return PruneResult(folder, kept, deleted, unreadable, partials, dropped, dry_run)


# -- health and schedule ------------------------------------------------------------------


def _parse_at(text: Any) -> datetime | None:
    try:
        at = datetime.fromisoformat(str(text))
    except (TypeError, ValueError):
        return None
    return at if at.tzinfo else at.replace(tzinfo=UTC)


@dataclass(frozen=True)
class BackupHealth:
    last_attempt_at: datetime | None
    last_attempt_ok: bool | None
    last_error: str | None
    last_good_at: datetime | None
    last_good_path: str | None
    age: timedelta | None  # of the last good backup
    max_age: timedelta
    overdue: bool
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "last_attempt_at": self.last_attempt_at.isoformat() if self.last_attempt_at else None,
            "last_attempt_ok": self.last_attempt_ok,
            "last_error": self.last_error,
            "last_good_at": self.last_good_at.isoformat() if self.last_good_at else None,
            "last_good_path": self.last_good_path,
            "age_hours": round(self.age.total_seconds() / 3600, 2) if self.age else None,
            "max_age_hours": self.max_age.total_seconds() / 3600,
            "overdue": self.overdue,
            "message": self.message,
        }


def _describe_age(age: timedelta) -> str:
    hours = age.total_seconds() / 3600
    if hours < 1:
        return "less than an hour ago"
    if hours < 48:
        return f"{int(hours)} hour{'s' if int(hours) != 1 else ''} ago"
    return f"{int(hours // 24)} days ago"


def backup_health(db: Database, now: datetime | None = None) -> BackupHealth:
    """The last backup and the last good one, and whether a warning is due."""
    now = now or datetime.now(UTC)
    raw = _read_settings(db, [KEY_LAST, KEY_MAX_AGE])
    last = raw.get(KEY_LAST) or {}
    max_age = timedelta(hours=float(raw.get(KEY_MAX_AGE) or DEFAULT_MAX_AGE_HOURS))
    good = last.get("last_good") or {}
    good_at = _parse_at(good.get("at")) if good else None
    age = now - good_at if good_at else None
    overdue = age is None or age > max_age
    attempt_ok = last.get("ok") if last else None
    if good_at is None:
        message = "No good backup has been made yet."
    else:
        message = f"Last good backup {_describe_age(age or timedelta())}."
    if attempt_ok is False:
        message = f"The last backup failed: {last.get('error')}. " + message
    elif overdue and good_at is not None:
        message += " Make a backup now."
    return BackupHealth(
        last_attempt_at=_parse_at(last.get("at")) if last else None,
        last_attempt_ok=attempt_ok,
        last_error=last.get("error") if last else None,
        last_good_at=good_at,
        last_good_path=good.get("path") if good else None,
        age=age,
        max_age=max_age,
        overdue=overdue,
        message=message,
    )


def last_good_backup_age(db: Database, now: datetime | None = None) -> timedelta | None:
    """How old the last good backup is; None when there has never been one."""
    return backup_health(db, now).age


@dataclass(frozen=True)
class ScheduleDecision:
    due: bool
    reason: str

    def __bool__(self) -> bool:
        return self.due


def backup_on_schedule(db: Database, now: datetime | None = None) -> ScheduleDecision:
    """Should the program make an automatic backup now? (The GUI's timer asks.)

    Due when there is no good backup or the last good one is older than the configured
    interval; after a failure, not again for an hour (so a full disk is not hammered).
    """
    now = now or datetime.now(UTC)
    raw = _read_settings(db, [KEY_LAST, KEY_INTERVAL])
    interval = timedelta(hours=float(raw.get(KEY_INTERVAL) or DEFAULT_INTERVAL_HOURS))
    last = raw.get(KEY_LAST) or {}
    good_at = _parse_at((last.get("last_good") or {}).get("at"))
    attempt_at = _parse_at(last.get("at"))
    if last.get("ok") is False and attempt_at and now - attempt_at < RETRY_AFTER_FAILURE:
        return ScheduleDecision(False, "the last backup failed less than an hour ago")
    if good_at is None:
        return ScheduleDecision(True, "no good backup yet")
    if now - good_at >= interval:
        return ScheduleDecision(True, f"the last good backup is older than {interval}")
    return ScheduleDecision(False, f"the last good backup is {now - good_at} old")
