"""Who uses the built-in server, and how long it stays up after the last one leaves.

Every process that uses a data folder's cluster registers its id in
``<data dir>/server-users.json`` (under the folder's lock, held by the caller); ids of
processes that died are pruned on every change, so a crash never keeps the server up.

Starting PostgreSQL takes seconds, so a script of ``localex`` commands paid it on every
line. When the last user leaves, the server now **lingers** (issue 14): it stays up for
``server_linger_minutes`` (this computer's setting, default 5; ``LOCALEX_SERVER_LINGER``
in seconds overrides it, 0 stops at once as before), watched by a small process of its
own (``localex server watch``) that stops it once that time has passed with nobody
using it. A program that starts meanwhile finds the server running and takes it over;
the watcher then leaves, and the next last user arms a new one. The deadline is kept
in ``<data dir>/server-linger.json``.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import fasteners
import psutil

from localex_desktop.config import machine
from localex_desktop.db import server_files
from localex_desktop.db.pg_server import IS_WINDOWS
from localex_desktop.domain.settings import SETTINGS

log = logging.getLogger(__name__)

USERS_FILE = "server-users.json"
LINGER_FILE = "server-linger.json"
LINGER_ENV = "LOCALEX_SERVER_LINGER"
LINGER_SETTING = "server_linger_minutes"


def read_users(data_dir: Path) -> list[int]:
    """The live processes registered as users (dead ones left out)."""
    try:
        users = [int(p) for p in json.loads((data_dir / USERS_FILE).read_text())]
    except (OSError, ValueError, TypeError):
        users = []
    return [p for p in users if psutil.pid_exists(p)]


def update_users(data_dir: Path, add: int | None = None, remove: int | None = None) -> list[int]:
    """Rewrite the list of users (the caller holds the folder's lock)."""
    users = [p for p in read_users(data_dir) if p != remove]
    if add is not None and add not in users:
        users.append(add)
    _write_json(data_dir / USERS_FILE, users)
    return users


def linger_seconds() -> float:
    """How long the server stays up after the last user: the environment, else this
    computer's setting, else the declared default."""
    raw = os.environ.get(LINGER_ENV, "").strip()
    if raw:
        try:
            return max(float(raw), 0.0)
        except ValueError:
            log.warning("%s=%r is not a number of seconds; using the setting", LINGER_ENV, raw)
    minutes = machine.get(LINGER_SETTING) if machine.has(LINGER_SETTING) else None
    if minutes is None:
        minutes = SETTINGS[LINGER_SETTING].default
    return max(float(minutes), 0.0) * 60


@dataclass(frozen=True)
class Linger:
    """A lingering server's deadline (epoch seconds) and its watcher's process id."""

    until: float
    watcher: int | None

    @property
    def watched(self) -> bool:
        return self.watcher is not None and psutil.pid_exists(self.watcher)


def read_linger(data_dir: Path) -> Linger | None:
    try:
        raw: Any = json.loads((data_dir / LINGER_FILE).read_text())
        watcher = raw.get("watcher")
        return Linger(float(raw["until"]), int(watcher) if watcher is not None else None)
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


def clear_linger(data_dir: Path) -> None:
    (data_dir / LINGER_FILE).unlink(missing_ok=True)


def arm(data_dir: Path, seconds: float) -> Linger:
    """Keep the server up ``seconds`` from now, with a watcher to stop it afterwards
    (the caller holds the folder's lock; one watcher at a time)."""
    before = read_linger(data_dir)
    until = time.time() + seconds
    watcher = before.watcher if before is not None and before.watched else None
    if watcher is None:
        watcher = _spawn_watcher(data_dir)
    linger = Linger(until, watcher)
    _write_json(data_dir / LINGER_FILE, {"until": until, "watcher": watcher})
    log.info("the embedded server stays up %.0f s after its last user (%s)", seconds, data_dir)
    return linger


def watcher_command(data_dir: Path) -> list[str]:
    """``localex server watch DIR``: the packaged program's own command-line program
    (beside the desktop one), or this Python's ``-m`` of it."""
    if getattr(sys, "frozen", False):
        cli = Path(sys.executable).with_name("localex" + (".exe" if IS_WINDOWS else ""))
        return [str(cli), "server", "watch", str(data_dir)]
    return [sys.executable, "-m", "localex_desktop.cli.main", "server", "watch", str(data_dir)]


def _spawn_watcher(data_dir: Path) -> int:
    kwargs: dict[str, Any] = {}
    if IS_WINDOWS:
        kwargs["creationflags"] = 0x00000008 | 0x00000200 | 0x08000000  # detached, no console
    else:
        kwargs["start_new_session"] = True  # outlives the command, not its terminal's signals
    proc = subprocess.Popen(
        watcher_command(data_dir),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        close_fds=True,
        **kwargs,
    )
    return proc.pid


def _write_json(path: Path, value: object) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(value))
    tmp.replace(path)


class Cluster(Protocol):
    """What the watcher needs of :class:`db.embedded.EmbeddedServer` (a handle)."""

    data_dir: Path
    pgdata: Path

    @property
    def lock(self) -> fasteners.InterProcessLock: ...

    def stop_cluster(self) -> None: ...


#: set by SIGTERM to the watcher (the session ends)
_TERMINATED: list[bool] = []


def _terminated(_signum: int, _frame: object) -> None:
    _TERMINATED.append(True)


def watch(server: Cluster) -> None:
    """The watcher of a lingering server (``localex server watch``): stop it once its
    deadline passed with nobody using it; leave when someone uses it again. The
    deadline is read again every half second (an installer sets it to 0: "now");
    SIGTERM (a log-out) makes it now too."""
    signal.signal(signal.SIGTERM, _terminated)
    unreadable = 0
    while True:
        linger = read_linger(server.data_dir)
        if linger is None and (server.data_dir / LINGER_FILE).exists() and unreadable < 20:
            unreadable += 1  # being written (an installer sets the deadline to now)
            time.sleep(0.1)
            continue
        if linger is None or linger.watcher not in (None, os.getpid()):
            return  # stopped meanwhile, or another watcher's
        now = bool(_TERMINATED)
        if not now and (wait := linger.until - time.time()) > 0:
            time.sleep(min(wait, 0.5))
            continue
        with server.lock:
            if read_linger(server.data_dir) != linger and not now:
                continue  # armed again meanwhile: a later deadline
            if not read_users(server.data_dir) and running(server):
                server.stop_cluster()
            clear_linger(server.data_dir)  # stopped, or in use: its last user re-arms
            return


def stop_now(server: Cluster) -> list[int]:
    """``localex server stop``: stop a server nobody uses; else the users' ids."""
    with server.lock:
        users = read_users(server.data_dir)
        if users:
            return users
        if running(server):
            server.stop_cluster()
        clear_linger(server.data_dir)
        return []


def running(server: Cluster) -> bool:
    return isinstance(server_files.live_postmaster(server.pgdata), server_files.PidFile)
