"""The saved connection profile: which database the program opens when not told.

Kept as ``connection.json`` in the user config dir (a :class:`VersionedFile`). It never
holds a password: server passwords come from the OS keyring (when the ``keyring``
extra is installed), libpq's password file (``~/.pgpass``), ``PGPASSWORD``, or the
login prompt; :func:`save_profile` hands a password it is given to :mod:`.secrets`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

from sqlalchemy.engine import make_url

from localex_desktop.config import secrets
from localex_desktop.config.files import Data, VersionedFile
from localex_desktop.urls import strip_password

Mode = Literal["embedded", "server"]


def _from_unversioned(data: Data) -> Data:
    """Version 0 → 1: the file of the first releases had no version; the keys stay."""
    return {k: data.get(k) for k in ("mode", "data_dir", "url")}


PROFILE_FILE = VersionedFile(
    "connection.json", 1, {0: _from_unversioned}, what="connection profile"
)


@dataclass(frozen=True)
class ConnectionProfile:
    mode: Mode
    data_dir: str | None = None
    url: str | None = None  # without password


def profile_path() -> Path:
    return PROFILE_FILE.path


def load_profile() -> ConnectionProfile | None:
    raw = PROFILE_FILE.read()
    if raw is None:
        return None
    mode = raw.get("mode")
    if mode not in ("embedded", "server"):
        return None
    data_dir, url = raw.get("data_dir"), raw.get("url")
    return ConnectionProfile(
        mode=mode,
        data_dir=str(data_dir) if data_dir is not None else None,
        url=str(url) if url is not None else None,
    )


def save_profile(profile: ConnectionProfile, password: str | None = None) -> Path:
    """Save ``profile`` without any password; ``password`` goes to the keyring or ~/.pgpass."""
    if profile.url and password:
        secrets.store_password(make_url(profile.url), password)
    if profile.url:
        profile = ConnectionProfile(profile.mode, profile.data_dir, strip_password(profile.url))
    return PROFILE_FILE.write(asdict(profile))
