"""The built-in server's files: who may read them, where its socket lives, is it running.

* The data folder is 0700 (tightened at start when looser). As root, where the server
  runs as a service account, that account is let through each closed folder above the
  cluster with exactly one POSIX ACL entry (``u:<account>:x``), never by opening the
  folder to everyone.
* The socket goes into a folder the program makes itself: the cluster folder, or when
  that path is too long for a Unix socket, one under ``$XDG_RUNTIME_DIR`` or the temp
  folder, checked with ``lstat`` (a real folder, ours, mode 0700) before use.
* :func:`live_postmaster` decides, as ``pg_ctl`` does, whether ``postmaster.pid`` names a
  live postmaster of this cluster (not a zombie, not a reused id, not a half-written file).
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import os
import shutil
import stat
import struct
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import psutil

from localex_desktop.db.pg_server import IS_WINDOWS
from localex_desktop.domain.errors import DatabaseUnavailable

log = logging.getLogger(__name__)

#: a Unix socket's path must fit in sun_path (108 bytes on Linux, 104 on macOS)
_SOCKET_ROOM = 100
#: the lines of a complete postmaster.pid (pid … status), as PostgreSQL 10+ writes it
_PID_LINES = 8
#: a POSIX access ACL as Linux keeps it: a version, then (tag, perm, id) entries
_ACL_XATTR = "system.posix_acl_access"
_ACL_VERSION = 2
_USER_OBJ, _USER, _GROUP_OBJ, _GROUP, _MASK, _OTHER = 0x01, 0x02, 0x04, 0x08, 0x10, 0x20
_NO_ID = 0xFFFFFFFF


def private_folder(folder: Path, service_uid: int | None = None) -> None:
    """Make ``folder`` (and any missing parents) and keep it 0700, saying when tightened.

    As root, the one ACL entry that lets the service account (``service_uid``) enter is
    allowed; any other right for anyone else is taken away.
    """
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if IS_WINDOWS:  # modes mean nothing there; the user's profile folder is private already
        return
    mode = stat.S_IMODE(folder.stat().st_mode)
    acl = _acl_entries(folder)
    if acl is None:
        open_to_others = bool(mode & 0o077)
    else:  # with an ACL the group bits are its mask: look at the entries themselves
        open_to_others = bool(mode & 0o007) or any(
            perm
            for tag, perm, ident in acl
            if tag not in (_USER_OBJ, _MASK) and (tag, ident, perm) != (_USER, service_uid, 1)
        )
    if open_to_others:
        if acl is not None:
            os.removexattr(folder, _ACL_XATTR)
        folder.chmod(mode & 0o700)
        log.warning(
            "the data folder %s was open to other users (mode %o%s): made private (0700)",
            folder,
            mode,
            " with an ACL" if acl is not None else "",
        )


# -- the socket folder ----------------------------------------------------------------


def socket_dir(pgdata: Path, owner: tuple[int, int] | None = None) -> Path:
    """The folder for the server's socket; made here, or checked before it is reused.

    ``owner`` (uid, gid): the service account that runs the server as root (the
    folder is handed to it; root's runtime folder is closed to it, so it is not used).
    """
    if _fits(pgdata):
        return pgdata
    owner_uid = os.geteuid() if owner is None else owner[0]
    digest = hashlib.sha256(str(pgdata).encode()).hexdigest()[:12]
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    bases = [Path(runtime)] if runtime and owner is None else []
    bases.append(Path(tempfile.gettempdir()))
    for base in bases:
        candidate = base / f"localex-{digest}"
        if not _fits(candidate) or not base.is_dir():
            continue
        try:
            candidate.mkdir(mode=0o700)
            return _handed(candidate, owner)
        except FileExistsError:
            problem = folder_problem(candidate, owner_uid)
            if problem is None:
                return candidate
            log.warning("not using %s for the server's socket: %s", candidate, problem)
        except OSError as exc:
            log.warning("cannot make %s for the server's socket: %s", candidate, exc)
    fresh = Path(tempfile.mkdtemp(prefix="localex-"))  # 0700, a name nobody held before
    if not _fits(fresh):
        raise DatabaseUnavailable(
            f"No folder for the database server's socket fits in a socket path ({fresh}).",
            hint="Choose a data folder with a shorter path, or set TMPDIR to a short folder.",
        )
    return _handed(fresh, owner)


def _handed(folder: Path, owner: tuple[int, int] | None) -> Path:
    if owner is not None:
        os.chown(folder, *owner)
    return folder


def folder_problem(folder: Path, owner_uid: int) -> str | None:
    """Why ``folder`` is unsafe for the socket (None: a real 0700 folder of ``owner_uid``)."""
    try:
        st = folder.lstat()
    except OSError as exc:
        return f"it cannot be examined ({exc.strerror})"
    if stat.S_ISLNK(st.st_mode):
        return "it is a symbolic link"
    if not stat.S_ISDIR(st.st_mode):
        return "it is not a folder"
    if st.st_uid != owner_uid:
        return f"it belongs to another user (uid {st.st_uid})"
    if stat.S_IMODE(st.st_mode) != 0o700:
        return f"other users may use it (mode {stat.S_IMODE(st.st_mode):o}, not 700)"
    return None


def _fits(folder: Path) -> bool:
    return len(str(folder / ".s.PGSQL.5432").encode()) < _SOCKET_ROOM


# -- the service account, as root ------------------------------------------------------


def let_through(target: Path, account: str) -> None:
    """As root: let ``account`` reach ``target`` by one ACL entry per closed folder above it.

    No folder is opened to others. Without ACL support a clear message names the folder.
    """
    import pwd  # POSIX only; root mode never happens on Windows

    uid = pwd.getpwnam(account).pw_uid
    for folder in reversed(target.parents):
        if _can_enter(folder, uid, account):
            continue
        try:
            _grant_enter(folder, uid, account)
        except OSError as exc:
            raise DatabaseUnavailable(
                f"The database server's account {account!r} cannot enter {folder}, and "
                f"giving it exactly that right failed ({exc.strerror or exc}).",
                hint="Choose a data folder outside closed home folders (for example "
                "/var/lib/localex-desktop), or install the acl tools (setfacl).",
            ) from exc
        log.info("let the account %s through %s (ACL u:%s:x)", account, folder, account)


def _can_enter(folder: Path, uid: int, account: str) -> bool:
    """May ``account`` pass through ``folder``? Read from the modes and our own ACL entry
    where that is plain (every start pays for this), else asked of the system as it."""
    st = folder.stat()
    acl = _acl_entries(folder)
    if st.st_uid == uid:
        return bool(st.st_mode & 0o100)
    import pwd  # POSIX only; root mode never happens on Windows

    gid = pwd.getpwuid(uid).pw_gid
    if acl is None and st.st_gid != gid and st.st_mode & 0o001:
        return True  # (the account runs with its own group only: see EmbeddedServer._run)
    if acl is not None:
        perms = {(tag, ident): perm for tag, perm, ident in acl}
        if perms.get((_USER, uid), 0) & perms.get((_MASK, _NO_ID), 7) & 1:
            return True
    proc = subprocess.run(
        ["test", "-x", str(folder)], user=uid, group=gid, extra_groups=[], check=False
    )
    return proc.returncode == 0


def _acl_entries(folder: Path) -> list[tuple[int, int, int]] | None:
    """The folder's access ACL as (tag, perm, id) entries; None when it has none."""
    if not hasattr(os, "getxattr"):
        return None
    try:
        raw = os.getxattr(folder, _ACL_XATTR)
    except OSError:
        return None
    count = (len(raw) - 4) // 8
    return [struct.unpack_from("<HHI", raw, 4 + 8 * i) for i in range(count)]


def _grant_enter(folder: Path, uid: int, account: str) -> None:
    """``setfacl -m u:<account>:x`` (through setfacl when installed, else its xattr)."""
    setfacl = shutil.which("setfacl")
    if setfacl:
        subprocess.run(
            [setfacl, "-m", f"u:{account}:x", str(folder)], check=True, capture_output=True
        )
        return
    os.setxattr(folder, _ACL_XATTR, _acl_with_enter(folder, uid))


def _acl_with_enter(folder: Path, uid: int) -> bytes:
    """The folder's access ACL with ``u:<uid>:x`` added and the mask widened by x."""
    mode = stat.S_IMODE(folder.stat().st_mode)
    entries = _acl_entries(folder)
    if entries is None:
        entries = [
            (_USER_OBJ, (mode >> 6) & 7, _NO_ID),
            (_GROUP_OBJ, (mode >> 3) & 7, _NO_ID),
            (_OTHER, mode & 7, _NO_ID),
        ]
    found = {(tag, ident): perm for tag, perm, ident in entries}
    found[(_USER, uid)] = found.get((_USER, uid), 0) | 1
    group = found.get((_GROUP_OBJ, _NO_ID), 0)
    found[(_MASK, _NO_ID)] = found.get((_MASK, _NO_ID), group) | 1
    ordered = sorted(found.items(), key=lambda item: (item[0][0], item[0][1]))
    body = b"".join(struct.pack("<HHI", tag, perm, ident) for (tag, ident), perm in ordered)
    return struct.pack("<I", _ACL_VERSION) + body


# -- postmaster.pid --------------------------------------------------------------------


@dataclass(frozen=True)
class PidFile:
    """What ``postmaster.pid`` says, when it names a live postmaster of this cluster."""

    lines: list[str]

    @property
    def ready(self) -> bool:
        return len(self.lines) >= _PID_LINES and self.lines[7].strip() == "ready"


def live_postmaster(pgdata: Path) -> PidFile | str | None:
    """The pid file of a live postmaster of ``pgdata``; None without one; else why stale.

    Stale (the string says why): a half-written file, a pid that is gone, a zombie, or
    a pid now used by another program or by a postgres of another cluster.
    """
    return _lock_state(pgdata / "postmaster.pid", pgdata)


def clear_stale_socket_lock(folder: Path, port: int, pgdata: Path) -> None:
    """Remove a socket's lock file left by a crash when it names no live postmaster of ours.

    PostgreSQL refuses to start while the lock's process "exists", and a zombie or a
    reused id exists for it; a live postmaster of this cluster keeps its lock.
    """
    lock = folder / f".s.PGSQL.{port}.lock"
    state = _lock_state(lock, pgdata)
    if isinstance(state, str):
        log.warning("removing the stale socket lock %s (%s)", lock, state)
        lock.unlink(missing_ok=True)
        (folder / f".s.PGSQL.{port}").unlink(missing_ok=True)


def _lock_state(path: Path, pgdata: Path) -> PidFile | str | None:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        return f"it cannot be read ({exc})"
    try:
        pid = int(lines[0])
    except (IndexError, ValueError):
        return "it is incomplete"
    why = _not_our_postmaster(pid, pgdata, lines)
    return PidFile(lines) if why is None else why


def _not_our_postmaster(pid: int, pgdata: Path, lines: list[str]) -> str | None:
    try:
        proc = psutil.Process(pid)
        if proc.status() == psutil.STATUS_ZOMBIE:
            return f"its process {pid} has ended (a zombie)"
        cmdline = proc.cmdline()
    except psutil.NoSuchProcess:
        return f"its process {pid} is gone"
    except psutil.Error as exc:
        return f"its process {pid} cannot be examined ({exc})"
    if not cmdline or not Path(cmdline[0]).name.startswith("postgres"):
        return f"the id {pid} now belongs to another program"
    if len(lines) > 1 and not _same_folder(lines[1], pgdata):
        return "it names another data folder"
    if not _runs_in(proc, cmdline, pgdata):
        return f"the postgres with id {pid} serves another data folder"
    return None


def _runs_in(proc: psutil.Process, cmdline: list[str], pgdata: Path) -> bool:
    """Does the postgres process serve ``pgdata``? (its -D argument, else its cwd)"""
    for flag, value in itertools.pairwise(cmdline):
        if flag == "-D":
            return _same_folder(value, pgdata)
    try:
        return _same_folder(proc.cwd(), pgdata)
    except psutil.Error:
        return True  # cannot tell: trust the pid file's own data folder line


def _same_folder(text: str, pgdata: Path) -> bool:
    try:
        return Path(text.strip()).resolve() == pgdata.resolve()
    except OSError:
        return False
