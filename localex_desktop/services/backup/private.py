"""Backup files only their owner can read: folder 0700, files 0600, staging private.

A backup holds every member's name, address and history. The backup folder is made
0700 (and put back to 0700 when it is ours and was opened up), each file is created
0600 from its first byte (never written and then narrowed), and the plain dump that
``pg_dump`` writes before it is encrypted lives in a 0700 staging folder of its own,
removed on every way out. What an earlier crash left behind (a staging folder or a
partial file of a process that is gone) is removed at the next backup.

On Windows the POSIX modes mean little; the files inherit the folder's ACL (the user's
profile is private by default).
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, cast

import psutil

log = logging.getLogger(__name__)

FOLDER_MODE = 0o700
FILE_MODE = 0o600
#: ``.<backup name>.<pid>.partial`` (the file being written) and ``….dump-partial`` (the
#: private staging folder of its plain dump)
PARTIAL = re.compile(r"^\..+\.(\d+)\.(partial|dump-partial)$")


def private_folder(folder: Path, *, ours: bool) -> None:
    """Create ``folder`` 0700; when it is ours (the configured backup folder), make sure
    it is 0700 even if it existed. A folder the person chose for one copy keeps its mode.
    """
    folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    if not ours or os.name == "nt":
        return
    try:
        mode = stat.S_IMODE(folder.stat().st_mode)
        if mode & 0o077:
            folder.chmod(FOLDER_MODE)
    except OSError as exc:  # not ours to change (a shared folder): say so, go on
        log.warning("could not make the backup folder %s private: %s", folder, exc)


def create_private(path: Path) -> BinaryIO:
    """A new file, readable by its owner only from the start (fails if it exists)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, FILE_MODE)
    return cast(BinaryIO, os.fdopen(fd, "wb"))


@contextlib.contextmanager
def staging(stage: Path) -> Iterator[Path]:
    """``stage`` made a private (0700) folder for the plain dump while the block runs;
    removed with what it holds on every way out (a kill -9 leaves it to
    :func:`remove_stale`)."""
    stage.mkdir(mode=FOLDER_MODE)
    try:
        if os.name != "nt":
            stage.chmod(FOLDER_MODE)  # whatever the umask
        yield stage
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def remove(path: Path) -> None:
    """A partial file or a staging folder, gone."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)


def remove_stale(folder: Path) -> list[Path]:
    """Remove staging folders and partial files that a process now gone left in ``folder``."""
    removed: list[Path] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        match = PARTIAL.match(name)
        if match is None:
            continue
        pid = int(match.group(1))
        if pid == os.getpid() or psutil.pid_exists(pid):
            continue  # maybe still being written
        path = folder / name
        try:
            remove(path)
        except OSError as exc:
            log.warning("could not remove %s left by an earlier backup: %s", path, exc)
            continue
        log.info("removed %s, left by an interrupted backup", path)
        removed.append(path)
    return removed
