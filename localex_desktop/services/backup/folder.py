"""The folder of backups: listing it, the retention rules, and pruning by them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

import psutil

from localex_desktop.db.connection import Database
from localex_desktop.domain import backup_format as fmt
from localex_desktop.domain.backup_format import BackupError
from localex_desktop.domain.errors import LocalexError
from localex_desktop.services.backup.common import file_size
from localex_desktop.services.backup.databases import drop_leftovers
from localex_desktop.services.backup.private import PARTIAL, remove


@dataclass(frozen=True)
class Retention:
    """Keep the newest backup of each of the last N days, ISO weeks and months."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12

    def to_dict(self) -> dict[str, int]:
        return {"daily": self.daily, "weekly": self.weekly, "monthly": self.monthly}

    @classmethod
    def from_dict(cls, raw: Any) -> Retention:
        base = cls()
        if not isinstance(raw, dict):
            return base
        return cls(
            int(raw.get("daily", base.daily)),
            int(raw.get("weekly", base.weekly)),
            int(raw.get("monthly", base.monthly)),
        )


@dataclass
class RetentionDecision:
    keep: dict[int, list[str]] = field(default_factory=dict)  # index -> reasons
    drop: list[int] = field(default_factory=list)


def apply_retention(
    stamps: Sequence[datetime], policy: Retention, tz: tzinfo | None = None
) -> RetentionDecision:
    """Which backups (by index into ``stamps``) to keep, and why; the newest always stays.

    Each rule walks the backups from the newest and keeps the newest one of each period
    (day, ISO week, month, in ``tz``, default local time) until it has kept as many
    periods as it is allowed. A backup kept by any rule stays.
    """
    order = sorted(range(len(stamps)), key=lambda i: stamps[i], reverse=True)
    result = RetentionDecision()
    if not order:
        return result
    result.keep[order[0]] = ["newest"]

    def local(i: int) -> datetime:
        st = stamps[i]
        if st.tzinfo is None:
            st = st.replace(tzinfo=UTC)
        return st.astimezone(tz)

    rules: list[tuple[str, int, Any]] = [
        ("daily", policy.daily, lambda d: d.date()),
        ("weekly", policy.weekly, lambda d: d.isocalendar()[:2]),
        ("monthly", policy.monthly, lambda d: (d.year, d.month)),
    ]
    for name, count, period in rules:
        seen: set[Any] = set()
        for i in order:
            if len(seen) >= count:
                break
            key = period(local(i))
            if key in seen:
                continue
            seen.add(key)
            result.keep.setdefault(i, []).append(name)
    result.drop = [i for i in order if i not in result.keep]
    return result


#: the labels of automatic backups, in their file names
AUTO_LABEL = "auto"
CLOSE_LABEL = "on-close"
#: the labels of the backups that come and go by the retention rules: unlabelled ones
#: (``localex backup``, "Back up now") and the program's automatic ones
ROTATING_LABELS = frozenset({"", AUTO_LABEL, CLOSE_LABEL})


#: every backup stays this long, whatever the rules say: the one a person made before
#: closing for the day is not deleted by the automatic one a minute later
KEEP_EVERY_BACKUP_FOR = timedelta(hours=24)


def _age(b: BackupFile, now: datetime) -> timedelta:
    return now - b.created_at if b.created_at else timedelta.max


@dataclass(frozen=True)
class BackupFile:
    path: Path
    bytes: int
    created_at: datetime | None
    schema_revision: str | None
    app_version: str | None
    encrypted: bool
    label: str
    problem: str | None  # why the file cannot be used; None when its header is sound

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "bytes": self.bytes,
            "created_at": self.created_at.isoformat(timespec="seconds")
            if self.created_at
            else None,
            "schema_revision": self.schema_revision,
            "app_version": self.app_version,
            "encrypted": self.encrypted,
            "label": self.label,
            "problem": self.problem,
        }


def list_backups(folder: Path) -> list[BackupFile]:
    """Every ``*.localex`` in ``folder``, newest first, from their headers (fast)."""
    out: list[BackupFile] = []
    if not folder.is_dir():
        return out
    for path in folder.glob("*" + fmt.SUFFIX):
        if path.name.startswith(".") or not path.is_file():
            continue
        try:
            h = fmt.read_header(path)
        except (BackupError, LocalexError) as exc:
            out.append(
                BackupFile(path, file_size(path) or 0, None, None, None, False, "", str(exc))
            )
            continue
        m = h.manifest
        out.append(
            BackupFile(
                path,
                h.file_size,
                m.created_at,
                m.schema_revision,
                m.app_version,
                h.encrypted,
                m.label,
                None,
            )
        )
    epoch = datetime.min.replace(tzinfo=UTC)
    out.sort(key=lambda b: (b.created_at or epoch, b.path.name), reverse=True)
    return out


@dataclass
class PruneResult:
    folder: Path
    kept: list[tuple[BackupFile, list[str]]]
    deleted: list[BackupFile]
    unreadable: list[BackupFile]
    partials_removed: list[Path]
    databases_dropped: list[str]
    dry_run: bool

    def as_dict(self) -> dict[str, Any]:
        return {
            "folder": str(self.folder),
            "dry_run": self.dry_run,
            "kept": [{**b.as_dict(), "reasons": r} for b, r in self.kept],
            "deleted": [b.as_dict() for b in self.deleted],
            "unreadable": [b.as_dict() for b in self.unreadable],
            "partials_removed": [str(p) for p in self.partials_removed],
            "databases_dropped": self.databases_dropped,
        }


def _stale_partials(folder: Path, now: datetime) -> list[Path]:
    """Temporary files of backups that were interrupted (their process is gone)."""
    out: list[Path] = []
    if not folder.is_dir():
        return out
    for path in folder.iterdir():
        match = PARTIAL.match(path.name)
        if not match:
            continue
        pid = int(match.group(1))
        age = now.timestamp() - path.stat().st_mtime
        if not psutil.pid_exists(pid) or age > 2 * 86400:
            out.append(path)
    return out


def prune_backups(
    folder: Path,
    retention: Retention,
    *,
    db: Database | None = None,
    dry_run: bool = False,
    now: datetime | None = None,
) -> PruneResult:
    """Delete backups the retention rules do not keep; unreadable files are left alone,
    and so are labelled ones (``before-upgrade``, ``before-restore``, a person's
    ``--label``): those were made to be gone back to, so only a person deletes them.

    Also removes temporary files of interrupted backups and, with ``db``, the databases
    a restore left behind (``…_before_restore_…``, abandoned ``…_restore_…``).
    """
    now = now or datetime.now(UTC)
    files = list_backups(folder)
    readable = [b for b in files if b.problem is None and b.created_at is not None]
    unreadable = [b for b in files if b not in readable]
    named = [b for b in readable if b.label not in ROTATING_LABELS]
    good = [b for b in readable if b not in named]
    decision = apply_retention([b.created_at for b in good if b.created_at], retention)
    kept = [(good[i], reasons) for i, reasons in sorted(decision.keep.items())]
    kept += [(b, [f"labelled {b.label}"]) for b in named]
    fresh = [i for i in decision.drop if _age(good[i], now) < KEEP_EVERY_BACKUP_FOR]
    kept += [(good[i], ["last 24 hours"]) for i in fresh]
    deleted = [good[i] for i in decision.drop if i not in fresh]
    partials = _stale_partials(folder, now)
    if not dry_run:
        for b in deleted:
            b.path.unlink(missing_ok=True)
        for p in partials:
            remove(p)
    dropped: list[str] = []
    if db is not None:
        dropped = drop_leftovers(db.url, str(db.url.database), keep=set(), dry_run=dry_run)
    return PruneResult(folder, kept, deleted, unreadable, partials, dropped, dry_run)
