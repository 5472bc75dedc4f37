"""What every step of a backup shares: progress reports, cancelling, errors, stamps.

Long operations take a ``progress`` callback (:class:`Progress`) and a ``cancel``
event (checked at safe points, never during the switch), so a Qt wizard can drive them
from a worker thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from localex_desktop.domain.errors import LocalexError, Refused


@dataclass(frozen=True)
class Progress:
    stage: str  # snapshot, dump, write, check, safety, restore, compare, migrate, verify, switch
    message: str
    done: int | None = None
    total: int | None = None


ProgressFn = Callable[[Progress], None]


class Cancelled(LocalexError):
    """The person cancelled; nothing was changed."""


class BackupFailed(Refused):
    """pg_dump, pg_restore or the disk failed; the message says which and why."""


def say(
    progress: ProgressFn | None,
    stage: str,
    message: str,
    done: int | None = None,
    total: int | None = None,
) -> None:
    if progress is not None:
        progress(Progress(stage, message, done, total))


def check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled("Cancelled; nothing was changed.")


def stamp(now: datetime | None = None) -> str:
    return (now or datetime.now(UTC)).strftime("%Y%m%d%H%M%S")


def file_size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None


def format_size(n: int) -> str:
    """A file's size for people: "512 bytes", "3.4 MB" (the CLI and the dialogs say it so)."""
    value = float(n)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{n} bytes"
