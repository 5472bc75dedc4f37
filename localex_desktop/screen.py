"""Is there a screen to open the window on? Asked before Qt loads (see :mod:`.preflight`).

Started over ssh without ``-X``, from a console, or with ``DISPLAY`` naming a screen
nobody serves, Qt's X11 plugin prints "could not connect to display" and aborts; this
says so in the program's own words instead. No Qt here.
"""

from __future__ import annotations

import os
import re
import socket
import sys


def _x_server_answers(display: str, timeout: float = 2.0) -> bool:
    """Does an X server accept a connection for ``display`` (":0", "host:10.0")?

    A local display is a Unix socket (its file, or the abstract name a server shared
    into a container has); a remote one is TCP port 6000 + N. Only the connection is
    tried: whether the server then lets us in is for Qt to find out.
    """
    match = re.fullmatch(r"(?:unix)?(?P<host>[^:]*):(?P<n>\d+)(?:\.\d+)?", display)
    if match is None:
        return True  # a form we do not know (launchd on macOS, …): let Qt try
    host, number = match.group("host"), int(match.group("n"))
    if host in ("", "unix"):
        path = f"/tmp/.X11-unix/X{number}"
        addresses: list[tuple[int, object]] = [(socket.AF_UNIX, path)]
        addresses.append((socket.AF_UNIX, "\0" + path))
    else:
        addresses = [(socket.AF_INET, (host, 6000 + number))]
    for family, address in addresses:
        try:
            with socket.socket(family, socket.SOCK_STREAM) as conn:
                conn.settimeout(timeout)
                conn.connect(address)  # type: ignore[arg-type]
                return True
        except OSError:
            continue
    return False


def display_problem(env: dict[str, str] | None = None) -> str | None:
    """Why the window has no screen to open on (None: it has one, or Qt decides)."""
    env = dict(os.environ) if env is None else env
    if not sys.platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return None
    if env.get("WAYLAND_DISPLAY"):
        return None
    display = env.get("DISPLAY", "")
    if not display:
        return (
            "LocalEx Desktop has no screen to open its window on: no graphical desktop "
            "was found (DISPLAY is not set). Start it from the desktop's menu or a "
            "terminal inside the desktop (over ssh: `ssh -X`); the command `localex` "
            "works without one."
        )
    if not _x_server_answers(display):
        return (
            f"LocalEx Desktop cannot reach the screen {display}: no X server answers "
            "there. Start it from the desktop's menu or a terminal inside the desktop, "
            "or set DISPLAY to the screen you are using."
        )
    return None
