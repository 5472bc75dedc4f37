"""The PostgreSQL client tools: finding ``pg_dump``/``pg_restore`` and running them.

The tools must be of the server's major version. The password reaches them in their
environment (:func:`libpq_env`), never on a command line. ``pg_restore`` is only ever
run to *read* a backup's dump (:func:`feed_tool`: its table of contents, its table
data as text), never against a database: a dump is data, and what SQL it holds is
never run (see :mod:`.load`).
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import re
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine

from localex_desktop.config.machine import MACHINE_FILE
from localex_desktop.db.connection import Database
from localex_desktop.db.embedded import POSTGRES_MAJOR, postgres_bin_dir
from localex_desktop.domain import backup_format as fmt
from localex_desktop.domain.errors import DatabaseUnavailable
from localex_desktop.services.backup.common import (
    BackupFailed,
    Cancelled,
    ProgressFn,
    check_cancel,
    say,
)
from localex_desktop.services.backup.config import KEY_PG_TOOLS, load_config

log = logging.getLogger(__name__)

T = TypeVar("T")


#: folder with pg_dump/pg_restore on this computer; beats the setting
ENV_PG_TOOLS = "LOCALEX_PG_TOOLS"


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

    Looked for in ``LOCALEX_PG_TOOLS``, this computer's ``backup_pg_tools_dir``, the tools
    shipped with the built-in server, the PATH and the usual install folders.
    """
    explicit: list[tuple[str, Path]] = []
    if os.environ.get(ENV_PG_TOOLS):
        explicit.append((ENV_PG_TOOLS, Path(os.environ[ENV_PG_TOOLS]).expanduser()))
    configured = load_config(db).pg_tools_dir
    if configured is not None:
        explicit.append((f"this computer's {KEY_PG_TOOLS} setting", configured))
    for source, folder in explicit:
        found = tools_in(folder)
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
        found = tools_in(folder)
        if found is not None and found.major == server_major:
            return found
    raise BackupFailed(
        f"No pg_dump for PostgreSQL {server_major} was found (the built-in tools are "
        f"version {POSTGRES_MAJOR}).",
        hint=f"Install the PostgreSQL {server_major} client tools, or set {ENV_PG_TOOLS} "
        f"(or {KEY_PG_TOOLS} in this computer's {MACHINE_FILE.name}) to their bin folder.",
    )


def tools_in(folder: Path) -> PgTools | None:
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
    "passfile": "PGPASSFILE",  # the built-in server's secret (db/server_auth.py)
}


def libpq_env(url: URL) -> dict[str, str]:
    """Environment for a client tool to reach ``url`` (the password never on a command line).

    For a server, the tool finds its password where the program's own connections did:
    the URL's (typed at the prompt, or from the keyring) as ``PGPASSWORD``, else libpq's
    variables of the environment (``PGPASSWORD``, ``PGPASSFILE``, ``PGSERVICE``…), which
    pass through, the URL's parts beating them as they do for the program. A built-in
    cluster's URL (its secret in ``passfile``) gets none of the environment's.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    query = {k: (v[0] if isinstance(v, tuple) else v) for k, v in url.query.items()}
    if not query.get("passfile"):
        env.update({k: v for k, v in os.environ.items() if k.startswith("PG")})
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
    """``-d`` for a client tool: a conninfo naming the database (and the URL's host, port
    and user), quoted as libpq wants.

    A bare name holding ``=`` would be read as a connection string. The host, port and
    user are in it as well as in :func:`libpq_env`'s variables because a ``PGSERVICE``
    of the environment beats variables but not the conninfo: the tool reaches the server
    the program reached. The password is never in it.
    """
    query = {k: (v[0] if isinstance(v, tuple) else v) for k, v in url.query.items()}
    parts = {
        "host": url.host or query.get("host"),
        "port": url.port or query.get("port"),
        "user": url.username,
        "dbname": url.database,
    }
    return " ".join(f"{k}='{_conninfo_quote(str(v))}'" for k, v in parts.items() if v)


def _conninfo_quote(value: str) -> str:
    return value.replace("\\", "\\\\").replace("'", "\\'")


def server_major(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(sa.text("SHOW server_version_num")).scalar_one()) // 10000


def _last_line(text: str) -> str:
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    useful = [ln for ln in lines if "error" in ln.lower()] or lines
    return useful[-1] if useful else "no message"


def run_tool(
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


def feed_tool(
    cmd: list[str],
    env: dict[str, str],
    header: fmt.BackupHeader,
    key: bytes | None,
    consume: Callable[[IO[bytes], Callable[[], None]], T],
    *,
    what: str,
    stage: tuple[str, str] = ("restore", "Restoring the data"),
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
) -> T:
    """Stream the (decrypted) dump into a tool that only *reads* it (``pg_restore -l`` or
    ``-f -``, never ``-d``) and hand its output to ``consume``, with a ``tick`` to call
    now and then: it reports the progress and checks for a cancel, in the caller's thread.

    The dump is fed from a thread, so the tool's output is read while it is written; a
    tool that stops reading early (``-l`` reads only the table of contents) ends the
    feeding quietly. An error of ``consume``, a cancel, or a damaged body (checked at
    its end) stops the tool.
    """
    total = header.manifest.dump_bytes
    stop = threading.Event()
    failed: list[BaseException] = []
    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as err:
        proc = subprocess.Popen(
            cmd, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err
        )
        assert proc.stdin is not None and proc.stdout is not None
        stdin = proc.stdin

        fed = [0]

        def feed() -> None:
            try:
                for piece in fmt.iter_body(header, key):
                    if stop.is_set():
                        return
                    stdin.write(piece)
                    fed[0] += len(piece)
            except (BrokenPipeError, ValueError):
                return  # the tool stopped reading (or was stopped)
            except BaseException as exc:  # a damaged body: reported by the caller
                failed.append(exc)
            finally:
                with contextlib.suppress(OSError, ValueError):
                    stdin.close()

        feeder = threading.Thread(target=feed, name="localex-feed", daemon=True)
        feeder.start()

        def tick() -> None:
            check_cancel(cancel)
            say(progress, stage[0], stage[1], fed[0], total)

        try:
            tick()
            result = consume(proc.stdout, tick)
            proc.stdout.close()
            code = proc.wait()
        except BaseException:
            stop.set()
            proc.kill()
            proc.wait()
            raise
        finally:
            stop.set()
            feeder.join()
            proc.stdout.close()
        if failed:
            raise failed[0]
        err.seek(0)
        message = err.read()
    if code != 0:
        log.error("%s failed (%s): %s", what, code, message)
        raise BackupFailed(f"{what} could not read the backup: {_last_line(message)}")
    return result
