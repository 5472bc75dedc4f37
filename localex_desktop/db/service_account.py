"""The account the built-in server runs as when the program runs as root.

PostgreSQL refuses to run as root, so as root the cluster is handed to a system account
(:data:`ROOT_SERVICE_USER`, made on first use). It is let through the folders above the
cluster and the programs by :func:`db.server_files.let_through` (one ACL entry where a
folder is closed), and is the second account the socket lets in besides root.
"""

from __future__ import annotations

import os
import subprocess

from localex_desktop.db.pg_server import IS_WINDOWS

#: system account that runs the server when the program runs as root (postgres refuses root)
ROOT_SERVICE_USER = "pgserver"


def service_account() -> str | None:
    """The account to run the server as: :data:`ROOT_SERVICE_USER` as root, else None."""
    return ROOT_SERVICE_USER if not IS_WINDOWS and os.geteuid() == 0 else None


def ensure_account(name: str) -> tuple[int, int]:
    """(uid, gid) of ``name``, made as a system account without a home or shell if new."""
    try:
        return owner_of(name)
    except KeyError:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", name],
            check=True,
            capture_output=True,
        )
        return owner_of(name)


def owner_of(name: str) -> tuple[int, int]:
    """(uid, gid) of an existing account; KeyError when there is none."""
    import pwd  # POSIX only; root mode never happens on Windows

    entry = pwd.getpwnam(name)
    return entry.pw_uid, entry.pw_gid


def uid_of(name: str | None) -> int | None:
    """The uid of ``name``; None for no account or one not made yet."""
    try:
        return None if name is None else owner_of(name)[0]
    except KeyError:
        return None


def socket_users(run_as: str | None) -> tuple[str, ...]:
    """The accounts let in on the socket: the one running the program (and, as root, the
    service account)."""
    if IS_WINDOWS:
        return ()
    import pwd  # POSIX only, as above

    me = pwd.getpwuid(os.geteuid()).pw_name
    return (me,) if run_as is None else (me, run_as)
