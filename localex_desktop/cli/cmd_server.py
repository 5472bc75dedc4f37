"""`localex server status|stop`: the built-in server, which lingers after the last program.

None of these opens the database (that would start the server): they read the data
folder's files. `server watch` is the lingering server's own watcher
(db/server_users.py), started by the program, not by people.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from localex_desktop.cli.base import Context, actions
from localex_desktop.domain.words import counted


def register(sub: Any) -> None:
    ssub = actions(sub, "server", "the built-in database server: is it running, stop it now")
    s = ssub.add_parser("status", help="running or not, who uses it, until when it lingers")
    s.set_defaults(handler=cmd_status)
    s = ssub.add_parser("stop", help="stop it now (refused while a program uses it)")
    s.set_defaults(handler=cmd_stop)
    s = ssub.add_parser("watch", help=argparse.SUPPRESS)  # the program's own watcher
    s.add_argument("folder")
    s.set_defaults(handler=cmd_watch)


def _data_dir(ctx: Context) -> Path:
    from localex_desktop.db.connection import resolve_target
    from localex_desktop.domain.errors import ValidationError

    target = resolve_target(ctx.args.data_dir, ctx.args.database_url)
    if target.mode != "embedded" or target.data_dir is None:
        raise ValidationError(
            "This exchange is on a PostgreSQL server, not the built-in one.",
            hint="`localex server` manages the built-in server of a data folder (--data-dir).",
        )
    return target.data_dir


def _names(pids: list[int]) -> list[str]:
    import psutil

    out = []
    for pid in pids:
        try:
            out.append(f"{psutil.Process(pid).name()} (process {pid})")
        except psutil.Error:
            out.append(f"process {pid}")
    return out


def cmd_status(ctx: Context) -> int:
    from localex_desktop.db import server_users
    from localex_desktop.db.embedded import EmbeddedServer, holds_cluster

    folder = _data_dir(ctx)
    server = EmbeddedServer.handle(folder)
    running = holds_cluster(server.data_dir) and server_users.running(server)
    users = server_users.read_users(server.data_dir) if running else []
    linger = server_users.read_linger(server.data_dir) if running and not users else None
    left = max(linger.until - time.time(), 0.0) if linger else None
    data = {
        "data_dir": str(server.data_dir),
        "running": running,
        "users": users,
        "lingers_seconds": None if left is None else round(left),
        "linger_setting_seconds": server_users.linger_seconds(),
    }

    def text() -> str:
        if not holds_cluster(server.data_dir):
            return f"No built-in database in {server.data_dir}."
        if not running:
            return f"The built-in server of {server.data_dir} is not running."
        if users:
            return f"Running, used by {counted(len(users), 'program')}: " + ", ".join(_names(users))
        if left is not None:
            return f"Running, used by nobody; it stops in {left:.0f} s (`localex server stop`)."
        return "Running, used by nobody."

    ctx.emit(data, text)
    return 0


def cmd_stop(ctx: Context) -> int:
    from localex_desktop.db import server_users
    from localex_desktop.db.embedded import EmbeddedServer, holds_cluster
    from localex_desktop.domain.errors import ValidationError

    folder = _data_dir(ctx)
    server = EmbeddedServer.handle(folder)
    if not holds_cluster(server.data_dir):
        raise ValidationError(f"No built-in database in {server.data_dir}.")
    was_running = server_users.running(server)
    users = server_users.stop_now(server)
    if users:
        raise ValidationError(
            f"The built-in server is in use by {counted(len(users), 'program')}: "
            + ", ".join(_names(users))
            + ".",
            hint="Close them first; the server stops a few minutes after the last one.",
        )
    ctx.emit(
        {"stopped": was_running},
        "Stopped the built-in server." if was_running else "The built-in server was not running.",
    )
    return 0


def cmd_watch(ctx: Context) -> int:
    from localex_desktop.db import server_users
    from localex_desktop.db.embedded import EmbeddedServer

    server_users.watch(EmbeddedServer.handle(Path(ctx.args.folder)))
    return 0
