"""Where backups go and how many are kept: the backup settings, read and saved.

The schedule and the retention rules are the exchange's (every coordinator sees the
same); the folder and the PostgreSQL tools' folder belong to this computer.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError

from localex_desktop import paths
from localex_desktop.db.connection import Database
from localex_desktop.domain.errors import ValidationError
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services import settings
from localex_desktop.services.backup.folder import Retention
from localex_desktop.services.backup.summary import has_table

log = logging.getLogger(__name__)


KEY_FOLDER = "backup_folder"
KEY_RETENTION = "backup_retention"
KEY_MAX_AGE = "backup_max_age_hours"
KEY_INTERVAL = "backup_interval_hours"
KEY_PG_TOOLS = "backup_pg_tools_dir"
KEY_LAST = "last_backup"
DEFAULT_MAX_AGE_HOURS = 48.0
DEFAULT_INTERVAL_HOURS = 24.0


@dataclass(frozen=True)
class BackupConfig:
    folder: Path
    retention: Retention
    max_age_hours: float
    interval_hours: float
    pg_tools_dir: Path | None


def default_folder(db: Database) -> Path:
    """``<data dir>/backups`` for the built-in database, else the user data dir's."""
    base = db.data_dir if db.data_dir is not None else paths.default_data_dir()
    return Path(base) / "backups"


def read_settings(db: Database, keys: list[str]) -> dict[str, Any]:
    try:
        with db.session() as s:
            if not has_table(s, "public.settings"):
                return {}
            return {k: settings.get(s, k) for k in keys}
    except DBAPIError as exc:
        log.warning("could not read backup settings: %s", exc)
        return {}


def load_config(db: Database) -> BackupConfig:
    raw = read_settings(db, [KEY_FOLDER, KEY_RETENTION, KEY_MAX_AGE, KEY_INTERVAL, KEY_PG_TOOLS])
    folder = raw.get(KEY_FOLDER)
    tools = raw.get(KEY_PG_TOOLS)
    return BackupConfig(
        folder=Path(str(folder)).expanduser() if folder else default_folder(db),
        retention=Retention.from_dict(raw.get(KEY_RETENTION)),
        max_age_hours=float(raw.get(KEY_MAX_AGE) or DEFAULT_MAX_AGE_HOURS),
        interval_hours=float(raw.get(KEY_INTERVAL) or DEFAULT_INTERVAL_HOURS),
        pg_tools_dir=Path(str(tools)).expanduser() if tools else None,
    )


def save_config(
    db: Database,
    actor: Actor,
    *,
    folder: str | Path | None = None,
    retention: Retention | None = None,
    max_age_hours: float | None = None,
    interval_hours: float | None = None,
    pg_tools_dir: str | Path | None = None,
) -> BackupConfig:
    """Change the backup settings (audited); ``None`` leaves a value as it is."""
    actor.require(Permission.MANAGE_SETTINGS)
    changes: dict[str, Any] = {}
    if folder is not None:
        text = str(folder).strip()
        if not text or not Path(text).expanduser().is_absolute():
            raise ValidationError("The backup folder must be a full path.", field="folder")
        changes[KEY_FOLDER] = text
    if retention is not None:
        for name, value in retention.to_dict().items():
            if not 0 <= value <= 1000:
                raise ValidationError(f"Keep {name}: 0 to 1000 backups.", field="retention")
        changes[KEY_RETENTION] = retention.to_dict()
    for key, hours in ((KEY_MAX_AGE, max_age_hours), (KEY_INTERVAL, interval_hours)):
        if hours is not None:
            if not 0.25 <= hours <= 24 * 366:
                raise ValidationError("Hours must be between 0.25 and 8784.", field=key)
            changes[key] = float(hours)
    if pg_tools_dir is not None:
        changes[KEY_PG_TOOLS] = str(pg_tools_dir).strip() or None
    with db.transaction() as s:
        for key, value in changes.items():
            settings.put(s, actor, key, value)
    return load_config(db)
