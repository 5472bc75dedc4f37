"""Where backups go and how many are kept: the backup settings, read and saved.

The schedule and the retention rules are the exchange's policy (in the database, the
same for every coordinator); the folder and the PostgreSQL tools' folder belong to this
computer (its ``settings.json``). All of them are declared in :mod:`domain.settings`
and go through :mod:`services.settings`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from localex_desktop import paths
from localex_desktop.config import machine
from localex_desktop.db.connection import Database
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.domain.settings import Scope, declared
from localex_desktop.services import settings
from localex_desktop.services.backup.folder import Retention
from localex_desktop.services.backup.summary import has_table

log = logging.getLogger(__name__)

# the keys (see domain.settings for their types, defaults and scopes)
KEY_FOLDER = "backup_folder"  # this computer
KEY_PG_TOOLS = "backup_pg_tools_dir"  # this computer
KEY_RETENTION = "backup_retention"
KEY_MAX_AGE = "backup_max_age_hours"
KEY_INTERVAL = "backup_interval_hours"
KEY_LAST = "last_backup"  # written by the program: the last attempt and the last good one
DEFAULT_MAX_AGE_HOURS: float = declared(KEY_MAX_AGE).default
DEFAULT_INTERVAL_HOURS: float = declared(KEY_INTERVAL).default
_KEYS = (KEY_FOLDER, KEY_RETENTION, KEY_MAX_AGE, KEY_INTERVAL, KEY_PG_TOOLS)


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


def read_settings(db: Database, keys: list[str] | tuple[str, ...]) -> dict[str, Any]:
    """The values of ``keys``, each from its scope; defaults where the database cannot say."""
    try:
        with db.session() as s:
            return _values(s, keys)
    except DBAPIError as exc:
        log.warning("could not read backup settings: %s", exc)
        return {k: _offline(k) for k in keys}


def _offline(key: str) -> Any:
    """A value without the database: this computer's, else the declared default."""
    setting = declared(key)
    return machine.get(key) if setting.scope is Scope.MACHINE else setting.default


def _values(session: Session, keys: list[str] | tuple[str, ...]) -> dict[str, Any]:
    if not has_table(session, "public.settings"):  # not set up yet: this computer's only
        return {k: _offline(k) for k in keys}
    return {k: settings.get(session, k) for k in keys}


def _config(raw: dict[str, Any], default: Path) -> BackupConfig:
    folder, tools = raw.get(KEY_FOLDER), raw.get(KEY_PG_TOOLS)
    return BackupConfig(
        folder=Path(str(folder)).expanduser() if folder else default,
        retention=Retention.from_dict(raw.get(KEY_RETENTION)),
        max_age_hours=float(raw.get(KEY_MAX_AGE) or DEFAULT_MAX_AGE_HOURS),
        interval_hours=float(raw.get(KEY_INTERVAL) or DEFAULT_INTERVAL_HOURS),
        pg_tools_dir=Path(str(tools)).expanduser() if tools else None,
    )


def read_config(session: Session, default: Path) -> BackupConfig:
    """The backup settings, in the caller's transaction; ``default`` is the folder if unset.

    For the desktop's ``ctx.query``: ``read_config(session, default_folder(db))``.
    """
    return _config(_values(session, _KEYS), default)


def load_config(db: Database) -> BackupConfig:
    """The backup settings of ``db`` on this computer, in a transaction of their own."""
    return _config(read_settings(db, _KEYS), default_folder(db))


def save_config(
    session: Session,
    actor: Actor,
    *,
    folder: str | Path | None = None,
    retention: Retention | None = None,
    max_age_hours: float | None = None,
    interval_hours: float | None = None,
    pg_tools_dir: str | Path | None = None,
) -> None:
    """Change the backup settings (checked and audited); ``None`` leaves a value as it is.

    The folders go to this computer's settings, the rest to the exchange's, in the
    caller's transaction. An empty ``pg_tools_dir`` forgets the tools' folder.
    """
    actor.require(Permission.MANAGE_SETTINGS)
    changes: dict[str, Any] = {}
    if folder is not None:
        changes[KEY_FOLDER] = str(folder)
    if retention is not None:
        changes[KEY_RETENTION] = retention.to_dict()
    if max_age_hours is not None:
        changes[KEY_MAX_AGE] = max_age_hours
    if interval_hours is not None:
        changes[KEY_INTERVAL] = interval_hours
    if pg_tools_dir is not None:
        changes[KEY_PG_TOOLS] = str(pg_tools_dir)
    for key, value in changes.items():
        declared(key).check(value)  # every value checked before anything is written
    for key, value in changes.items():
        settings.put(session, actor, key, value)
