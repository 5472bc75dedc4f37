"""Backup health and the schedule: the last attempt, the last good one, what is due.

Every backup, good or failed, is recorded in the exchange setting ``last_backup``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError

from localex_desktop.db.connection import Database
from localex_desktop.domain.errors import LocalexError
from localex_desktop.services import settings
from localex_desktop.services.backup.config import (
    DEFAULT_INTERVAL_HOURS,
    DEFAULT_MAX_AGE_HOURS,
    KEY_INTERVAL,
    KEY_LAST,
    KEY_MAX_AGE,
    read_settings,
)
from localex_desktop.services.backup.summary import has_table

log = logging.getLogger(__name__)


RETRY_AFTER_FAILURE = timedelta(hours=1)


def _parse_at(text: Any) -> datetime | None:
    try:
        at = datetime.fromisoformat(str(text))
    except (TypeError, ValueError):
        return None
    return at if at.tzinfo else at.replace(tzinfo=UTC)


@dataclass(frozen=True)
class BackupHealth:
    last_attempt_at: datetime | None
    last_attempt_ok: bool | None
    last_error: str | None
    last_good_at: datetime | None
    last_good_path: str | None
    age: timedelta | None  # of the last good backup
    max_age: timedelta
    overdue: bool
    message: str
    #: the last good backup is the file the data was just restored from
    restored: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "last_attempt_at": self.last_attempt_at.isoformat() if self.last_attempt_at else None,
            "last_attempt_ok": self.last_attempt_ok,
            "last_error": self.last_error,
            "last_good_at": self.last_good_at.isoformat() if self.last_good_at else None,
            "last_good_path": self.last_good_path,
            "age_hours": round(self.age.total_seconds() / 3600, 2) if self.age else None,
            "max_age_hours": self.max_age.total_seconds() / 3600,
            "overdue": self.overdue,
            "message": self.message,
        }


def _describe_age(age: timedelta) -> str:
    hours = age.total_seconds() / 3600
    if hours < 1:
        return "less than an hour ago"
    if hours < 48:
        return f"{int(hours)} hour{'s' if int(hours) != 1 else ''} ago"
    return f"{int(hours // 24)} days ago"


def backup_health(db: Database, now: datetime | None = None) -> BackupHealth:
    """The last backup and the last good one, and whether a warning is due."""
    now = now or datetime.now(UTC)
    raw = read_settings(db, [KEY_LAST, KEY_MAX_AGE])
    last = raw.get(KEY_LAST) or {}
    max_age = timedelta(hours=float(raw.get(KEY_MAX_AGE) or DEFAULT_MAX_AGE_HOURS))
    good = last.get("last_good") or {}
    good_at = _parse_at(good.get("at")) if good else None
    age = now - good_at if good_at else None
    overdue = age is None or age > max_age
    attempt_ok = last.get("ok") if last else None
    restored = bool(good.get("restored")) if good else False
    if good_at is None:
        message = "No good backup has been made yet."
    elif restored:
        message = (
            f"The data was restored from a backup made {_describe_age(age or timedelta())}; "
            "that backup is its last one."
        )
    else:
        message = f"Last good backup {_describe_age(age or timedelta())}."
    if attempt_ok is False:
        message = f"The last backup failed: {last.get('error')}. " + message
    elif overdue and good_at is not None:
        message += " Make a backup now."
    return BackupHealth(
        last_attempt_at=_parse_at(last.get("at")) if last else None,
        last_attempt_ok=attempt_ok,
        last_error=last.get("error") if last else None,
        last_good_at=good_at,
        last_good_path=good.get("path") if good else None,
        age=age,
        max_age=max_age,
        overdue=overdue,
        message=message,
        restored=restored,
    )


def last_good_backup_age(db: Database, now: datetime | None = None) -> timedelta | None:
    """How old the last good backup is; None when there has never been one."""
    return backup_health(db, now).age


@dataclass(frozen=True)
class ScheduleDecision:
    due: bool
    reason: str

    def __bool__(self) -> bool:
        return self.due


def backup_on_schedule(db: Database, now: datetime | None = None) -> ScheduleDecision:
    """Should the program make an automatic backup now? (The GUI's timer asks.)

    Due when there is no good backup or the last good one is older than the configured
    interval; after a failure, not again for an hour (so a full disk is not hammered).
    """
    now = now or datetime.now(UTC)
    raw = read_settings(db, [KEY_LAST, KEY_INTERVAL])
    interval = timedelta(hours=float(raw.get(KEY_INTERVAL) or DEFAULT_INTERVAL_HOURS))
    last = raw.get(KEY_LAST) or {}
    good_at = _parse_at((last.get("last_good") or {}).get("at"))
    attempt_at = _parse_at(last.get("at"))
    if last.get("ok") is False and attempt_at and now - attempt_at < RETRY_AFTER_FAILURE:
        return ScheduleDecision(False, "the last backup failed less than an hour ago")
    if good_at is None:
        return ScheduleDecision(True, "no good backup yet")
    if now - good_at >= interval:
        return ScheduleDecision(True, f"the last good backup is older than {interval}")
    return ScheduleDecision(False, f"the last good backup is {now - good_at} old")


def record_outcome(
    db: Database,
    at: datetime,
    *,
    ok: bool,
    path: Path | None,
    nbytes: int = 0,
    sha: str | None = None,
    error: str | None = None,
    restored: bool = False,
) -> None:
    """Keep the outcome in ``last_backup``; a failed backup keeps the last good one too.

    ``restored``: the data was just restored from that backup (the status then says so,
    rather than an age that looks as if no backup had been taken just now).
    """
    entry: dict[str, Any] = {
        "at": at.isoformat(timespec="seconds"),
        "ok": ok,
        "path": str(path) if path else None,
        "bytes": nbytes,
        "sha256": sha,
        "error": error,
    }
    try:
        with db.transaction() as s:
            if not has_table(s, "public.settings"):
                return
            previous = settings.get(s, KEY_LAST) or {}
            if ok:
                entry["last_good"] = {
                    "at": entry["at"],
                    "path": entry["path"],
                    "bytes": nbytes,
                    "restored": restored,
                }
            else:
                entry["last_good"] = previous.get("last_good")
            settings._write(s, KEY_LAST, entry)
    except (DBAPIError, LocalexError) as exc:
        log.warning("could not record the backup outcome (%s): %s", entry, exc)
    if not ok:
        log.error("backup failed: %s", error)
