"""The saved connection profile: which database the program opens when not told.

Kept as JSON in the user config dir. It never holds a password: server passwords come
from the OS keyring (when the ``keyring`` package is installed), libpq's password file
(``~/.pgpass``), ``PGPASSWORD``, or the login prompt.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

from localex_desktop import paths
from localex_desktop.db.urls import strip_password

log = logging.getLogger(__name__)

Mode = Literal["embedded", "server"]


@dataclass(frozen=True)
class ConnectionProfile:
    mode: Mode
    data_dir: str | None = None
    url: str | None = None  # without password


def profile_path() -> Path:
    return paths.config_dir() / "connection.json"


def load_profile() -> ConnectionProfile | None:
    path = profile_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("ignoring unreadable connection profile %s: %s", path, exc)
        return None
    mode = raw.get("mode")
    if mode not in ("embedded", "server"):
        return None
    return ConnectionProfile(mode=mode, data_dir=raw.get("data_dir"), url=raw.get("url"))


def save_profile(profile: ConnectionProfile) -> Path:
    if profile.url:
        profile = ConnectionProfile(profile.mode, profile.data_dir, strip_password(profile.url))
    path = profile_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(profile), indent=2), encoding="utf-8")
    tmp.replace(path)
    return path
