"""This computer's settings: ``settings.json`` in the config dir, beside connection.json.

The settings declared with :attr:`Scope.MACHINE` in :mod:`domain.settings` (the backup
folder, the folder of PostgreSQL's client tools) are kept here, so that in server mode
one coordinator's folder is never used on another coordinator's computer. Use them
through ``services.settings.get``/``put`` (which also audit a change and pick up what an
earlier version kept in the database); this module only stores.
"""

from __future__ import annotations

from typing import Any

from localex_desktop.config.files import Data, VersionedFile
from localex_desktop.domain.settings import Scope, declared


def _nest_flat(data: Data) -> Data:
    """Version 0 → 1: a file without a version held the settings at the top level."""
    return {"settings": {k: v for k, v in data.items() if k != "settings"}}


MACHINE_FILE = VersionedFile(
    "settings.json", 1, {0: _nest_flat}, what="settings file of this computer"
)


def values() -> dict[str, Any]:
    """Every stored value, by key (raw, as in the file)."""
    data = MACHINE_FILE.read() or {}
    stored = data.get("settings")
    return dict(stored) if isinstance(stored, dict) else {}


def has(key: str) -> bool:
    """Does this computer's file hold ``key`` (even as null, "use the default")?"""
    declared(key, Scope.MACHINE)
    return key in values()


def get(key: str) -> Any:
    """The value of ``key`` on this computer, or its declared default."""
    setting = declared(key, Scope.MACHINE)
    return setting.coerce(values().get(key))


def put(key: str, value: Any) -> Any:
    """Check and store ``value`` (None stores "use the default"); returns what was stored."""
    setting = declared(key, Scope.MACHINE)
    clean = None if value is None else setting.check(value)
    data = MACHINE_FILE.read() or {}
    stored = data.get("settings")
    settings = dict(stored) if isinstance(stored, dict) else {}
    settings[key] = clean
    MACHINE_FILE.write({**data, "settings": settings})
    return clean
